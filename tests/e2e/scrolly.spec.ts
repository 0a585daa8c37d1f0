import { expect, type Page, test } from '@playwright/test';
import { HASH_DELAY_MS } from '../../src/client/hashLink.ts';
import {
  activeId,
  expectActiveMatchesGeometry,
  openStory,
  scrollStepToLine,
  STORY_VIEWPORTS,
  stepIds,
} from './support/story.ts';

/** The graphic shows the active event's chapter, with its mark inside the visible window and labelled. */
async function expectGraphicShows(page: Page, id: string) {
  const chapter = await page.locator(`article[id="${id}"]`).getAttribute('data-chapter');
  const title = await page.locator(`[data-chapter-section="${chapter}"] .chapter-title`).textContent();
  await expect(page.locator('[data-now-chapter]')).toContainText(title!.trim());
  const svg = await page.locator('svg[data-timeline-graphic]').boundingBox();
  const mark = await page.locator(`svg[data-timeline-graphic] a[data-event-id="${id}"]`).boundingBox();
  expect(mark!.x).toBeGreaterThanOrEqual(svg!.x - 1);
  expect(mark!.x + mark!.width).toBeLessThanOrEqual(svg!.x + svg!.width + 1);
  await expect(page.locator(`svg[data-timeline-graphic] text[data-label-for="${id}"]`)).toBeVisible();
}

/** The active mark in the graphic, which must follow the active step. */
async function expectMarkFollows(page: Page, id: string | null) {
  const active = page.locator('svg[data-timeline-graphic] a[data-active="true"]');
  if (id) await expect(active).toHaveAttribute('data-event-id', id);
  else await expect(active).toHaveCount(0);
}

test('the active step follows the reader scrolling down and back up', async ({ page }) => {
  await page.goto('/');
  expect(await activeId(page)).toBeNull();
  const ids = await stepIds(page);
  const visited: string[] = [];
  for (const id of ids) {
    await scrollStepToLine(page, id);
    await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
    await expectMarkFollows(page, id);
    visited.push(id);
  }
  for (const id of [...ids].reverse()) {
    await scrollStepToLine(page, id);
    await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  }
  await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
  expect(visited).toEqual(ids);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.locator('[aria-current="step"]')).toHaveCount(0);
});

test('the URL hash follows the active event without adding history entries', async ({ page }) => {
  await page.goto('/');
  const before = await page.evaluate(() => history.length);
  const ids = await stepIds(page);
  for (const id of ids.slice(0, 4)) {
    await scrollStepToLine(page, id);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  }
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('passing several events in a moment writes the hash once, naming the event the reader stops at', async ({
  page,
}) => {
  await page.goto('/');
  const ids = await stepIds(page);
  await scrollStepToLine(page, ids[0]);
  await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
  await page.clock.install();
  await page.evaluate(() => {
    const w = window as unknown as { hashWrites: number };
    w.hashWrites = 0;
    const replace = history.replaceState.bind(history);
    history.replaceState = (...args: Parameters<History['replaceState']>) => (w.hashWrites++, replace(...args));
  });
  // Time stands still but for what the test lets pass: each event is active for 50 ms, as in a fling.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const passed = ids.slice(1, 6);
  for (const id of passed) {
    // Scrolled, and the story's scroll listener has run (it asks for a frame), before the frame is let happen.
    await page.evaluate(
      (id) =>
        new Promise((resolve) => {
          addEventListener('scroll', resolve, { once: true });
          window.scrollBy(0, document.getElementById(id)!.getBoundingClientRect().top - innerHeight * 0.3);
        }),
      id,
    );
    await page.clock.runFor(50);
    await expect(page.locator('article[aria-current="step"]')).toHaveAttribute('id', id);
  }
  expect(await page.evaluate(() => (window as unknown as { hashWrites: number }).hashWrites)).toBe(0);
  await page.clock.runFor(HASH_DELAY_MS);
  await expect(page).toHaveURL(new RegExp(`#${passed.at(-1)}$`));
  expect(await page.evaluate(() => (window as unknown as { hashWrites: number }).hashWrites)).toBe(1);
});

test('reloading mid-page keeps the same event active', async ({ page }) => {
  await page.goto('/');
  const ids = await stepIds(page);
  const id = ids[Math.floor(ids.length / 2)];
  await scrollStepToLine(page, id);
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await page.reload();
  await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(page.locator(`article[id="${id}"]`)).toBeInViewport();
  expect(await expectActiveMatchesGeometry(page)).toBe(id);
  await expectGraphicShows(page, id);
});

test('a fresh load of /#id opens the graphic on that event, in its chapter', async ({ browser }) => {
  for (const viewport of STORY_VIEWPORTS) {
    const page = await openStory(browser, viewport);
    const ids = await stepIds(page);
    const id = ids[Math.floor(ids.length / 2)];
    await page.goto('about:blank');
    await page.goto(`/#${id}`);
    await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
    await expectGraphicShows(page, id);
    await page.close();
  }
});

test('opening /#id puts that event in view and makes it active', async ({ page }) => {
  await page.goto('/');
  const ids = await stepIds(page);
  for (const id of [ids.at(-1)!, ids[Math.floor(ids.length / 3)]]) {
    await page.goto(`/#${id}`);
    await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator(`article[id="${id}"]`)).toBeInViewport();
    await expectMarkFollows(page, id);
  }
});

test('an unknown or hostile hash is ignored and never shown', async ({ page }) => {
  await page.goto('/#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('[aria-current="step"]')).toHaveCount(0);
});

test('after a fast fling the active step is right as soon as scrolling stops', async ({ page }) => {
  await page.goto('/');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (const y of [height * 0.7, height * 0.2, height * 0.55]) {
    await page.evaluate((top) => {
      for (let i = 0; i < 20; i++) window.scrollTo(0, top * (i / 20));
      window.scrollTo(0, top);
    }, y);
    await expectActiveMatchesGeometry(page);
  }
  await page.mouse.move(300, 400);
  for (let i = 0; i < 15; i++) await page.mouse.wheel(0, 900);
  expect(await expectActiveMatchesGeometry(page)).not.toBeNull();
});

test('resizing from 1440 to 390 wide and back keeps the active event and re-lays the graphic', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const ids = await stepIds(page);
  const id = ids[Math.floor(ids.length / 2)];
  await scrollStepToLine(page, id);
  await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  const graphic = page.locator('svg[data-timeline-graphic]');
  const tall = (await graphic.boundingBox())!.height;
  await page.setViewportSize({ width: 390, height: 844 });
  await expectActiveMatchesGeometry(page);
  expect((await graphic.boundingBox())!.height).toBeLessThan(tall);
  await expect(page.locator('[data-panel]')).toHaveCSS('position', 'sticky');
  await scrollStepToLine(page, id);
  await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  await page.setViewportSize({ width: 1440, height: 900 });
  await expectActiveMatchesGeometry(page);
  expect((await graphic.boundingBox())!.height).toBe(tall);
  await expectMarkFollows(page, await activeId(page));
});

test("when a phone's address bar hides or shows, the active step is worked out again", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 760 });
  await page.goto('/');
  const ids = await stepIds(page);
  await scrollStepToLine(page, ids[Math.floor(ids.length / 2)]);
  await expectActiveMatchesGeometry(page);
  for (const height of [844, 700, 844]) {
    await page.setViewportSize({ width: 390, height });
    await expectActiveMatchesGeometry(page);
  }
});

test('removing the story element stops it listening, and putting it back starts it again', async ({ page }) => {
  await page.goto('/');
  const ids = await stepIds(page);
  await scrollStepToLine(page, ids[1]);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', ids[1]);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluate(() => {
    const story = document.querySelector('timeline-story')!;
    (window as unknown as { parked: Element }).parked = story;
    story.remove();
    document.querySelector('main')!.append(story);
    story.remove();
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // A listener left behind would have recomputed the active step and, once it held, rewritten the hash.
  await page.waitForTimeout(2 * HASH_DELAY_MS);
  await expect(page).toHaveURL(new RegExp(`#${ids[1]}$`));
  expect(errors).toEqual([]);
  await page.evaluate(() => {
    document.querySelector('.story-intro')!.after((window as unknown as { parked: Element }).parked);
  });
  await scrollStepToLine(page, ids.at(-1)!);
  await expect(page.locator('[aria-current="step"]')).toHaveAttribute('id', ids.at(-1)!);
  await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('on a phone the graphic is a band pinned at the top while the steps scroll beneath', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const ids = await stepIds(page);
  await scrollStepToLine(page, ids[Math.floor(ids.length / 2)]);
  const band = (await page.locator('[data-panel]').boundingBox())!;
  expect(band.y).toBe(0);
  expect(band.height).toBeLessThan(844 * 0.32);
  await page.mouse.wheel(0, 600);
  await expect.poll(async () => (await page.locator('[data-panel]').boundingBox())!.y).toBe(0);
});

test('the graphic eases between chapters, and changes at once under reduced motion', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto('/');
    const ids = await stepIds(page);
    await page.evaluate(() => {
      const svg = document.querySelector('svg[data-timeline-graphic]')!;
      new MutationObserver(() => {
        if (svg.hasAttribute('data-moving')) svg.setAttribute('data-was-moving', '');
      }).observe(svg, { attributes: true, attributeFilter: ['data-moving'] });
    });
    await scrollStepToLine(page, ids.at(-1)!);
    await expect(page.locator(`article[id="${ids.at(-1)}"]`)).toHaveAttribute('aria-current', 'step');
    const chapter = await page.locator(`article[id="${ids.at(-1)}"]`).getAttribute('data-chapter');
    await expect(page.locator(`svg [data-band="${chapter}"]`)).toHaveAttribute('data-active', '');
    await expect(page.locator('svg[data-timeline-graphic]')).not.toHaveAttribute('data-moving');
    const moved = await page.locator('svg[data-timeline-graphic]').getAttribute('data-was-moving');
    expect(moved !== null).toBe(reducedMotion === 'no-preference');
    await context.close();
  }
});

test('a progress bar shows how far through the story the reader is', async ({ page }) => {
  await page.goto('/');
  const fill = page.locator('[data-progress-fill]');
  const scale = () => fill.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
  const ids = await stepIds(page);
  await scrollStepToLine(page, ids[0]);
  const early = await scale();
  await scrollStepToLine(page, ids.at(-1)!);
  await expect.poll(scale).toBeGreaterThan(early);
});

test('a step becomes active when its top crosses the reading line, and not before', async ({ browser }) => {
  // The line the README gives (40% down a desktop window, a third of the way down a phone's space under
  // the graphic): 24 px below it the step before is still the one being read, 24 px above it this one is.
  for (const viewport of STORY_VIEWPORTS) {
    const page = await openStory(browser, viewport);
    const ids = await stepIds(page);
    for (const i of [1, Math.floor(ids.length / 2)]) {
      await scrollStepToLine(page, ids[i], 24);
      await expect(page.locator(`article[id="${ids[i - 1]}"]`)).toHaveAttribute('aria-current', 'step');
      await scrollStepToLine(page, ids[i], -24);
      await expect(page.locator(`article[id="${ids[i]}"]`)).toHaveAttribute('aria-current', 'step');
    }
    await page.close();
  }
});

test("the active step, and only it, shows a bar in its thread's colour", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const ids = await stepIds(page);
  const id = ids[Math.floor(ids.length / 2)];
  await scrollStepToLine(page, id);
  await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  const bars = await page.locator('article[data-event-id]').evaluateAll((steps) =>
    steps.map((s) => {
      const bar = getComputedStyle(s, '::before');
      return { id: s.id, shown: bar.opacity === '1' && bar.borderLeftStyle === 'solid', colour: bar.borderLeftColor };
    }),
  );
  expect(bars.filter((b) => b.shown).map((b) => b.id)).toEqual([id]);
  const dot = await page
    .locator(`article[id="${id}"] [data-thread-label]`)
    .evaluate((el) => getComputedStyle(el, '::before').backgroundColor);
  expect(bars.find((b) => b.id === id)?.colour).toBe(dot);
});
