import { expect, type Page, test } from '@playwright/test';
import { activeId, scrollStepToLine, stepIds } from './support/story.ts';

test.use({ viewport: { width: 1440, height: 900 } });

/** Ids of the steps a reader can see. */
const shownIds = (page: Page) =>
  page
    .locator('article[data-event-id]')
    .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.id));

/** Ids of the marks left in the graphic. */
const shownMarks = (page: Page) =>
  page
    .locator('svg a[data-event-id]')
    .evaluateAll((els) =>
      els.filter((el) => !el.hasAttribute('data-filtered')).map((el) => el.getAttribute('data-event-id')),
    );

test('a thread chip narrows both the steps and the marks, and the URL says so', async ({ page }) => {
  await page.goto('/');
  const chip = page.locator('button[data-filter="thread"]').first();
  const thread = (await chip.getAttribute('data-value'))!;
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(new RegExp(`\\?thread=${thread}`));
  const shown = await shownIds(page);
  const expected = await page.locator(`article[data-thread="${thread}"]`).evaluateAll((els) => els.map((el) => el.id));
  expect(shown).toEqual(expected);
  for (const id of await shownMarks(page)) expect(shown).toContain(id);
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing ${shown.length} of ${(await stepIds(page)).length} events.`,
  );
});

test('a filtered view can be shared by its URL, and clearing restores everything', async ({ page }) => {
  await page.goto('/');
  const all = await stepIds(page);
  const actor = (await page.locator('button[data-filter="actor"]').first().getAttribute('data-value'))!;
  await page.goto(`/?actor=${actor}`);
  await expect(page.locator(`button[data-value="${actor}"]`)).toHaveAttribute('aria-pressed', 'true');
  const shown = await shownIds(page);
  expect(shown.length).toBeGreaterThan(0);
  for (const id of shown)
    expect((await page.locator(`article[id="${id}"]`).getAttribute('data-actors'))!.split(' ')).toContain(actor);
  await page.locator('details.filters-more summary').click();
  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect(await shownIds(page)).toEqual(all);
  expect((await shownMarks(page)).length).toBe(await page.locator('svg a[data-event-id]').count());
});

test('unknown or hostile filter values are ignored and never shown', async ({ page }) => {
  await page.goto('/?thread=%3Cimg%20src%3Dx%3E&actor=nobody&thread=');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await shownIds(page)).toEqual(await stepIds(page));
  await expect(page.locator('button[aria-pressed="true"]')).toHaveCount(0);
});

test('filtering keeps the active event where the reader was', async ({ page }) => {
  await page.goto('/');
  const ids = await stepIds(page);
  const id = ids[Math.floor(ids.length / 2)];
  await scrollStepToLine(page, id);
  await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  const thread = (await page.locator(`article[id="${id}"]`).getAttribute('data-thread'))!;
  const top = (await page.locator(`article[id="${id}"]`).boundingBox())!.y;
  await page.locator('[data-filters]').evaluate((el) => el.scrollIntoView());
  await scrollStepToLine(page, id);
  const before = (await page.locator(`article[id="${id}"]`).boundingBox())!.y;
  await page
    .locator(`button[data-filter="thread"][data-value="${thread}"]`)
    .evaluate((b: HTMLButtonElement) => b.click());
  await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  expect(Math.abs((await page.locator(`article[id="${id}"]`).boundingBox())!.y - before)).toBeLessThan(2);
  expect(top).toBeDefined();
  await page.locator('[data-filter-clear]').evaluate((b: HTMLButtonElement) => b.click());
  await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  expect(await activeId(page)).toBe(id);
});
