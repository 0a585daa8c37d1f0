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
