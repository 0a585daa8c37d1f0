import { expect, type Page } from '@playwright/test';

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
 * The step a reader is on, worked out in the test from geometry alone: the last visible step whose
 * top is above the reading line (40% of the window on a desktop, a third of the way down the space
 * under the pinned band on a phone); at the very end of the page, the last step. Independent of the
 * page's own script.
 */
export function expectedActive(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('[data-panel]')!;
    const compact =
      getComputedStyle(document.querySelector('.tl-figure')!).getPropertyValue('--tl-compact').trim() === '1';
    const h = window.innerHeight;
    const line = compact ? panel.offsetHeight + (h - panel.offsetHeight) * 0.3 : h * 0.4;
    const steps = [...document.querySelectorAll<HTMLElement>('article[data-event-id]')].filter((s) => s.offsetParent);
    const root = document.documentElement;
    if (window.scrollY > 0 && window.scrollY + h >= root.scrollHeight - 2) return steps.at(-1)?.id ?? null;
    const passed = steps.filter((s) => s.getBoundingClientRect().top <= line);
    return passed.at(-1)?.id ?? null;
  });
}

/** Scrolls so that the step's top sits just above the reading line, as a reader would. */
export async function scrollStepToLine(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    const panel = document.querySelector<HTMLElement>('[data-panel]')!;
    const compact =
      getComputedStyle(document.querySelector('.tl-figure')!).getPropertyValue('--tl-compact').trim() === '1';
    const h = window.innerHeight;
    const line = compact ? panel.offsetHeight + (h - panel.offsetHeight) * 0.3 : h * 0.4;
    window.scrollTo(0, window.scrollY + step.getBoundingClientRect().top - line + 24);
  }, id);
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
