import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { pathOf, publishedFeed } from './support/site.ts';

/**
 * A word found in one event's body and nowhere else that search indexes (no other event, and not
 * that event's own title, summary, actors or sources), chosen from the built pages at test time.
 */
async function wordOnlyInOneBody(page: Page, urls: { id: string; url: string }[]) {
  const pages = [];
  for (const { id, url } of urls) {
    await page.goto(pathOf(url));
    const article = page.locator('[data-pagefind-body]');
    const body = (await article.locator('[data-event-body]').innerText()).toLowerCase();
    const whole = (await article.innerText()).toLowerCase();
    pages.push({ id, body, rest: whole.replace(body, ' ') });
  }
  for (const { id, body, rest } of pages) {
    const others = pages.filter((p) => p.id !== id).map((p) => p.body + p.rest);
    const word = body
      .match(/\b[a-z]{6,}\b/g)
      ?.find((w) => !rest.includes(w) && others.every((text) => !text.includes(w)));
    if (word) return { id, word };
  }
  throw new Error('no word occurs in only one event body');
}

test('search finds an event by a word that occurs only in its body, and leads to it in the story', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  const { id, word } = await wordOnlyInOneBody(page, events);
  await page.goto('/');
  await page.getByRole('searchbox', { name: 'Search the events' }).fill(word);
  await expect(page.locator('[data-search-status]')).toContainText(word);
  const result = page.locator(`[data-search-result][href="/#${id}"]`);
  await expect(result).toHaveCount(1);
  await result.click();
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
  await expect(page.locator(`article[data-event-id="${id}"]`)).toBeInViewport();
});

test('search works from the keyboard: Enter jumps to the results, arrows move, Escape clears', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  const name = events.find((e) => e.actors.length > 0)!.actors[0].name;
  await page.goto('/no-such-page/');
  const box = page.getByRole('searchbox', { name: 'Search the events' });
  await box.focus();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  const results = page.locator('[data-search-result]');
  await expect(results.first()).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: name })).toHaveText(/match/);
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await expect(results).toHaveCount(0);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/no-such-page/');
  await page.getByRole('searchbox', { name: 'Search the events' }).fill('zzqxv');
  await expect(page.locator('[data-search-status]')).toHaveText('No event matches “zzqxv”.');
});

test('the search code and index load only when a reader turns to the box', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((p) => p.includes('pagefind') || p.includes('siteSearch'))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the events' }).focus();
  await expect.poll(() => loaded.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('search results have no WCAG 2.2 AA violations, on a phone', async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/no-such-page/');
  await page.getByRole('searchbox', { name: 'Search the events' }).fill(events[0].actors[0]?.name ?? 'Exchange');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('without JavaScript the search box is not shown, and the 404 page still leads to the story', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/no-such-page/');
  await expect(page.getByRole('searchbox', { name: 'Search the events' })).toBeHidden();
  await expect(page.getByRole('link', { name: /Read the story/ })).toBeVisible();
  await context.close();
});
