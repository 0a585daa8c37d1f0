import { expect, test } from '@playwright/test';
import { scrollStepToLine, stepIds } from './support/story.ts';

test('printing gives a clean list with the whole timeline and the sources, without sticky parts or chips', async ({
  page,
}) => {
  await page.goto('/');
  const ids = await stepIds(page);
  await scrollStepToLine(page, ids.at(-1)!);
  await expect(page.locator(`article[id="${ids.at(-1)}"]`)).toHaveAttribute('aria-current', 'step');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-panel]')).toHaveCSS('position', 'static');
  await expect(page.locator('[data-filters] .filters-group').first()).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  await expect(page.locator('[data-source-list]').first()).toBeVisible();
  const graphic = page.locator('svg[data-timeline-graphic]');
  await expect(graphic).toBeVisible();
  const ticks = graphic.locator('[data-tick]');
  await expect(ticks.first()).toHaveAttribute('data-tick', /^2021-01-0/);
  expect(await ticks.last().getAttribute('data-tick')).toMatch(/^2021-07-/);
  const inside = await graphic
    .locator('a[data-event-id] .tl-dot')
    .evaluateAll((els) => els.map((el) => parseFloat(el.getAttribute('cx')!)));
  expect(inside.length).toBe((await stepIds(page)).length);
  expect(inside.every((x) => x >= 0 && x <= 100)).toBe(true);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('[data-panel]')).not.toHaveCSS('position', 'static');
});
