import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './support/pageTypes.ts';

/**
 * Readers are not tracked: no page asks any other site for anything (fonts, scripts, images,
 * analytics), and nothing is stored in the reader's browser.
 */

for (const { name, path } of PAGE_TYPES) {
  test(`${name} makes no request outside the site and stores nothing in the browser`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    // Whatever loads late must load too: lazy images further down, and the search code and index.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const search = page.getByRole('searchbox', { name: 'Search the events' });
    if ((await search.count()) > 0) {
      await search.fill('patch');
      await expect(page.locator('[data-search-result]').first()).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.startsWith(origin)).length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    const stored = await page.evaluate(() => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
    }));
    expect(stored).toEqual({ cookie: '', local: 0, session: 0 });
    expect(await page.context().cookies()).toEqual([]);
  });
}
