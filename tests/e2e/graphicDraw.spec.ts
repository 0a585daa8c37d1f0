import { expect, test } from '@playwright/test';
import { scrollStepToLine, stepIds } from './support/story.ts';

// A step change redraws the graphic incrementally: what stays on screen is moved, never removed and drawn again.
test('a step change keeps the ticks, labels and rules that stay, as the same elements', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const ids = await stepIds(page);
  // Two steps of one chapter: the window stays, the active event changes.
  const chapters = await page
    .locator('article[data-event-id]')
    .evaluateAll((steps) => steps.map((s) => [s.id, s.getAttribute('data-chapter')]));
  const index = chapters.findIndex(([, c], i) => i > 2 && chapters[i + 1]?.[1] === c);
  const [first, second] = [ids[index], ids[index + 1]];
  await scrollStepToLine(page, first);
  await expect(page.locator(`article[id="${first}"]`)).toHaveAttribute('aria-current', 'step');
  const svg = page.locator('svg[data-timeline-graphic]');
  await expect(svg).not.toHaveAttribute('data-moving');
  const tagged = await svg.evaluate((el) => {
    const parts = el.querySelectorAll('[data-tick], [data-label-for], [data-rule-for]');
    for (const part of parts) (part as Element & { kept?: boolean }).kept = true;
    return parts.length;
  });
  expect(tagged).toBeGreaterThan(0);
  await scrollStepToLine(page, second);
  await expect(page.locator(`article[id="${second}"]`)).toHaveAttribute('aria-current', 'step');
  await expect(svg.locator(`text[data-label-for="${second}"]`)).toBeVisible();
  const { stayed, redrawn } = await svg.evaluate((el) => {
    const all = [...el.querySelectorAll('[data-tick], [data-label-for], [data-rule-for]')];
    const kept = all.filter((p) => (p as Element & { kept?: boolean }).kept);
    return { stayed: kept.length, redrawn: all.length - kept.length };
  });
  // Every tick stays (same window); only the newly active event's label and rule may be new.
  expect(stayed).toBeGreaterThan(0);
  expect(redrawn).toBeLessThanOrEqual(2);
});

// A move redraws frame by frame only the marks it can show; when it ends, every mark must be where
// a reader who turned motion off (whose graphic jumps at once) sees it.
test('after an eased move between chapters every mark ends where an instant move puts it', async ({ browser }) => {
  const drawn: Record<string, string[]>[] = [];
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto('/');
    const ids = await stepIds(page);
    const svg = page.locator('svg[data-timeline-graphic]');
    // From an early chapter to the last one and back to one a third of the way in: far moves that leave marks behind.
    for (const id of [ids[1], ids.at(-1)!, ids[Math.floor(ids.length / 3)]]) {
      await scrollStepToLine(page, id);
      await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
      await expect(svg).not.toHaveAttribute('data-moving');
    }
    drawn.push(
      await svg.evaluate((el) => {
        const box = (e: Element) => e.getBoundingClientRect();
        const at = (e: Element) => `${Math.round(box(e).left * 2) / 2},${Math.round(box(e).width * 2) / 2}`;
        return Object.fromEntries(
          [...el.querySelectorAll('a[data-event-id], [data-span-of]')].map((e) => [
            e.getAttribute('data-event-id') ?? `span ${e.getAttribute('data-span-of')}`,
            e.matches('a') ? [...e.children].map(at) : [at(e)],
          ]),
        );
      }),
    );
    await context.close();
  }
  expect(Object.keys(drawn[0]).length).toBeGreaterThan(10);
  expect(drawn[0]).toEqual(drawn[1]);
});
