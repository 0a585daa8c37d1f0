import { expect, type Browser, type Page } from '@playwright/test';

/** The story's two layouts: the graphic beside the text (a desktop) and pinned above it (a phone). */
export const STORY_VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

/** A new page showing the story at `viewport`, loaded; close it when done. */
export async function openStory(browser: Browser, viewport: (typeof STORY_VIEWPORTS)[number]): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto('/');
  return page;
}

/** Ids of every event step, in reading order, read from the page (never assumed). */
export function stepIds(page: Page): Promise<string[]> {
  return page.locator('article[data-event-id]').evaluateAll((els) => els.map((el) => el.id));
}

/** The id of the step marked aria-current="step", or null. */
export async function activeId(page: Page): Promise<string | null> {
  const current = page.locator('article[aria-current="step"]');
  return (await current.count()) === 0 ? null : current.getAttribute('id');
}

/**
 * Runs in the page. The reading line, as the README states the rule: 40% of the window when the graphic
 * sits beside the text; a third of the way down the space under the graphic when it is a band pinned
 * above the text (a phone). Which of the two is told from where the graphic is on the screen, as a reader
 * sees it, not from the page's CSS or script. With a step's id, scrolls that step's top to `offset` px
 * from the line (negative: above it); without, returns the step a reader is on: the last visible step whose top
 * is above the line, and at the very end of the page the last step.
 */
function atReadingLine([scrollTo, offset]: [string | null, number]): string | null {
  const panel = document.querySelector<HTMLElement>('[data-panel]')!.getBoundingClientRect();
  const text = document.querySelector<HTMLElement>('[data-chapter-section]')!.getBoundingClientRect();
  const beside = panel.right <= text.left + 1 || panel.left >= text.right - 1;
  const h = window.innerHeight;
  const line = beside ? h * 0.4 : panel.height + (h - panel.height) * 0.3;
  if (scrollTo) {
    window.scrollTo(0, window.scrollY + document.getElementById(scrollTo)!.getBoundingClientRect().top - line - offset);
    return scrollTo;
  }
  const steps = [...document.querySelectorAll<HTMLElement>('article[data-event-id]')].filter((s) => s.offsetParent);
  const root = document.documentElement;
  if (window.scrollY > 0 && window.scrollY + h >= root.scrollHeight - 2) return steps.at(-1)?.id ?? null;
  return steps.filter((s) => s.getBoundingClientRect().top <= line).at(-1)?.id ?? null;
}

/** The step a reader is on, worked out in the test from geometry alone (see atReadingLine). */
export function expectedActive(page: Page): Promise<string | null> {
  return page.evaluate(atReadingLine, [null, 0] as [null, number]);
}

/**
 * Scrolls so that the step's top sits `offset` px from the reading line: by default just above it, as a
 * reader would. At first the browser lays out steps only near the screen, and the story renders the
 * rest in idle time after loading (data-steps-sized once done); a jump before then can land among
 * steps with estimated heights, which then move the step. So this waits for the story to be sized,
 * and, like a reader, scrolls again until the step stays where it was put.
 */
export async function scrollStepToLine(page: Page, id: string, offset = -24): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.waitForSelector('timeline-story[data-steps-sized]', { state: 'attached' });
        await page.evaluate(atReadingLine, [id, offset] as [string, number]);
        return page.evaluate(movedInTwoFrames, id);
      },
      { timeout: 15_000 },
    )
    .toBeLessThan(1);
}

/** Runs in the page: how far the step moves in the next two frames. */
function movedInTwoFrames(id: string): Promise<number> {
  const top = () => document.getElementById(id)!.getBoundingClientRect().top;
  const before = top();
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        resolve(Math.abs(top() - before));
      }),
    ),
  );
}

/** Waits until the page's active step is the one geometry says it should be, and returns it. */
export async function expectActiveMatchesGeometry(page: Page): Promise<string | null> {
  let expected: string | null = null;
  await expect
    .poll(async () => {
      expected = await expectedActive(page);
      return (await activeId(page)) === expected;
    })
    .toBe(true);
  return expected;
}

/**
 * Holds back the story's script until the returned function is called, so a test can see the page as
 * the browser first lays it out, before enhancement.
 */
export async function holdStoryScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/TimelineStory[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
