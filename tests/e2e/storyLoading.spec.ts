import { expect, type Page, test } from '@playwright/test';
import { expectActiveMatchesGeometry, holdStoryScript, stepIds } from './support/story.ts';

/**
 * At first the browser lays out only the story's steps near the screen (content-visibility: auto); the
 * story's script then renders every step in idle time. These tests check what that must not cost
 * a reader: a far step is where it belongs, found by a link, and printed.
 */

/** Which steps' text the browser is currently skipping (not rendered, as content-visibility: auto allows). */
function skippedSteps(page: Page): Promise<string[]> {
  return page
    .locator('article[data-event-id]')
    .evaluateAll((steps) =>
      steps
        .filter((s) => !s.querySelector('.step-title')!.checkVisibility({ contentVisibilityAuto: true }))
        .map((s) => s.id),
    );
}

test('loading the story renders only the steps near the screen at first, then every step', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Hold back the story's script, to see the page as the browser first lays it out.
  const release = await holdStoryScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('footer').waitFor({ state: 'attached' });
  const ids = await stepIds(page);
  expect(await skippedSteps(page)).toContain(ids.at(-1));
  release();
  await expect(page.locator('timeline-story')).toHaveAttribute('data-steps-sized', '');
  expect(await skippedSteps(page)).toEqual([]);
});

test('without JavaScript every step is laid out from the start, so a reload mid-page lands where it was', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  expect(await stepIds(page)).not.toEqual([]);
  expect(await skippedSteps(page)).toEqual([]);
  await context.close();
});

test('a fresh load of /#id of the last event, far below what is laid out, puts it at the reading line and activates it', async ({
  browser,
}) => {
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    const page = await browser.newPage({ viewport });
    await page.goto('/');
    const id = (await stepIds(page)).at(-1)!;
    await page.goto('about:blank');
    await page.goto(`/#${id}`);
    const step = page.locator(`article[id="${id}"]`);
    await expect(step).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('timeline-story')).toHaveAttribute('data-steps-sized', '');
    // Once every step above it has its real height, the event is still just above the reading line.
    const { top, line } = await step.evaluate((el) => {
      const panel = document.querySelector('[data-panel]')!.getBoundingClientRect();
      const beside = panel.left >= el.getBoundingClientRect().right - 1;
      const h = window.innerHeight;
      return { top: el.getBoundingClientRect().top, line: beside ? h * 0.4 : panel.height + (h - panel.height) * 0.3 };
    });
    expect(top).toBeLessThanOrEqual(line);
    expect(top).toBeGreaterThan(line - 40);
    expect(await expectActiveMatchesGeometry(page)).toBe(id);
    await page.close();
  }
});

test('printing renders every step, the ones far from the screen included', async ({ page }) => {
  // With the story's script held back, the steps far from the screen are still skipped when printing
  // starts: once the script runs, it may render them all (in idle time) before the test looks.
  const release = await holdStoryScript(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('footer').waitFor({ state: 'attached' });
  // Two frames, so the browser has rendered the steps near the screen and skips the rest.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const ids = await stepIds(page);
  expect(await skippedSteps(page)).toContain(ids.at(-1));
  await page.emulateMedia({ media: 'print' });
  // The print styles apply with the next rendering of the page, as they do when a reader prints.
  await expect.poll(() => skippedSteps(page)).toEqual([]);
  const texts = await page
    .locator('article[data-event-id] .step-body')
    .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim().length));
  expect(texts.length).toBe(ids.length);
  expect(texts.every((n) => n > 0)).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  release();
});
