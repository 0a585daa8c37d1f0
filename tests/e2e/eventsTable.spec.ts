import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe.ts';
import { publishedEvents } from './support/content.ts';
import { expectUnharmed, MARK, PAYLOAD, watchForHarm } from './support/hostile.ts';
import { WIDGET_PATHS } from './support/pageTypes.ts';
import { pathOf, publishedFeed } from './support/site.ts';

/** The events table: complete without JavaScript, sortable, filterable, shareable and downloadable. */

const rows = (page: Page) => page.locator('table[data-events-table] tbody tr');

/** Ids of the rows a reader can see, top to bottom, once the table has drawn them all (aria-busy gone). */
const shownIds = async (page: Page) => {
  await expect(page.locator('table[data-events-table]')).not.toHaveAttribute('aria-busy', 'true');
  return rows(page).evaluateAll((els) =>
    els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => (el as HTMLElement).dataset.eventId!),
  );
};

const sortButton = (page: Page, name: RegExp) => page.locator('thead').getByRole('button', { name });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table lists every published event once, in reading order, with what each column promises', async ({
    page,
    request,
  }) => {
    const { events } = await publishedFeed(request);
    const content = new Map(publishedEvents().map((e) => [e.id, e]));
    await page.goto('/events/');
    expect(await shownIds(page)).toEqual(events.map((e) => e.id));
    expect(new Set(await shownIds(page))).toEqual(new Set(content.keys()));
    for (const event of events) {
      const row = page.locator(`tr[data-event-id="${event.id}"]`);
      const source = content.get(event.id)!;
      await expect(row.locator('time')).toHaveAttribute('datetime', source.date);
      await expect(row.locator('time')).toHaveText(event.date.label);
      const headline = row.getByRole('rowheader').getByRole('link');
      await expect(headline).toHaveText(source.title);
      await expect(headline).toHaveAttribute('href', pathOf(event.url));
      await expect(row.getByRole('link', { name: event.thread.label, exact: true })).toBeVisible();
      for (const actor of event.actors)
        await expect(row.getByRole('link', { name: actor.name, exact: true })).toBeVisible();
      for (const cve of source.cves) await expect(row).toContainText(cve);
      await expect(row.locator('td').nth(4)).toHaveText(String(source.sources.length));
      await expect(row.getByRole('link', { name: `Read in the story: ${source.title}` })).toHaveAttribute(
        'href',
        `/#${event.id}`,
      );
    }
  });

  test('the table controls that need a script are not shown', async ({ page }) => {
    await page.goto('/events/');
    await expect(page.locator('[data-filters]')).toBeHidden();
    await expect(page.locator('[data-table-query]')).toBeHidden();
    await expect(page.locator('[data-table-download]')).toBeHidden();
    await expect(page.locator('thead button')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Events (CSV)' })).toHaveAttribute('href', '/events.csv');
  });
});

test('on a phone the page never scrolls sideways; the table scrolls inside its own labelled region', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/events/');
  const page_ = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(page_.scroll).toBeLessThanOrEqual(page_.width);
  const region = page.getByRole('region', { name: 'Every event of the story' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});

test('printing shows the whole table without its controls, and the line saying what it shows', async ({ page }) => {
  await page.goto('/events/');
  await expect(page.locator('timeline-table[data-enhanced]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  for (const control of ['button[data-filter]', '.filters-more', '[data-filter-clear]', '[data-table-query]'])
    await expect(page.locator(control).first()).toBeHidden();
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing all ${publishedEvents().length} events, in reading order.`,
  );
  await expect(page.locator('[data-table-printed-filters]')).toBeHidden();
  const region = page.locator('.events-scroll');
  expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect((await shownIds(page)).length).toBe(publishedEvents().length);
});

test('a header sorts its column, says so with aria-sort and out loud, and a third click restores reading order', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  await page.goto('/events/');
  const date = sortButton(page, /^Date/);
  const header = page.locator('thead th').filter({ has: page.getByRole('button', { name: /^Date/ }) });
  await date.click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  const byStart = [...events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  const starts = (ids: string[]) => ids.map((id) => events.find((e) => e.id === id)!.date.start);
  expect(starts(await shownIds(page))).toEqual(byStart.map((e) => e.date.start));
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing all ${events.length} events, sorted by date, oldest first.`,
  );
  await date.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  expect(starts(await shownIds(page))).toEqual(byStart.map((e) => e.date.start).reverse());
  await expect(page.locator('[data-filter-status]')).toContainText('newest first');
  await expect(page).toHaveURL(/[?&]sort=date&dir=desc/);
  await date.click();
  await expect(page.locator('thead th[aria-sort]')).toHaveCount(0);
  expect(await shownIds(page)).toEqual(events.map((e) => e.id));

  await sortButton(page, /^Sources/).click();
  const counts = (await shownIds(page)).map((id) => events.find((e) => e.id === id)!.sources.length);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
});

test('the story’s chips and a text filter narrow the rows, and the URL brings the same view back', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  await page.goto('/events/');
  const chip = page.locator('button[data-filter="thread"]').first();
  const thread = (await chip.getAttribute('data-value'))!;
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  const ofThread = events.filter((e) => e.thread.id === thread);
  expect(await shownIds(page)).toEqual(ofThread.map((e) => e.id));
  // A word of one of its headlines, typed in any case.
  const target = ofThread[ofThread.length - 1];
  const word = target.title.split(/\s+/).sort((a, b) => b.length - a.length)[0];
  await page.getByLabel('Find in the table').fill(word.toUpperCase());
  const matching = ofThread.filter((e) => e.title.toLowerCase().includes(word.toLowerCase()));
  expect(await shownIds(page)).toEqual(expect.arrayContaining(matching.map((e) => e.id)));
  expect(await shownIds(page)).toContain(target.id);
  await sortButton(page, /^Headline/).click();
  const view = await shownIds(page);
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing ${view.length} of ${events.length} events, sorted by headline, A to Z.`,
  );
  // The URL follows the view a frame after the rows are drawn.
  await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('title');
  const url = page.url();
  expect(new URL(url).searchParams.get('thread')).toBe(thread);
  expect(new URL(url).searchParams.get('q')).toBe(word.toUpperCase());

  await page.goto('about:blank');
  await page.goto(url);
  expect(await shownIds(page)).toEqual(view);
  await expect(page.getByLabel('Find in the table')).toHaveValue(word.toUpperCase());
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('thead th[aria-sort="ascending"]')).toContainText('Headline');

  await page.getByRole('button', { name: 'Show all events' }).click();
  await expect(page.getByLabel('Find in the table')).toHaveValue('');
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing all ${events.length} events, sorted by headline, A to Z.`,
  );
  await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
  await expect.poll(() => new URL(page.url()).searchParams.has('thread')).toBe(false);
});

test('“Download these rows” saves the rows shown, in their order, as the records of /events.csv', async ({
  page,
  request,
}) => {
  const csv = await (await request.get('/events.csv')).text();
  const whole = parse<Record<string, string>>(csv, { bom: true, columns: true });
  await page.goto('/events/');
  await page.locator('button[data-filter="thread"]').nth(1).click();
  await sortButton(page, /^Date/).click();
  await sortButton(page, /^Date/).click();
  const shown = await shownIds(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download these rows (CSV)' }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const saved = parse<Record<string, string>>(bytes, { bom: true, columns: true, record_delimiter: '\r\n' });
  expect(saved.map((r) => r.id)).toEqual(shown);
  for (const record of saved) expect(record).toEqual(whole.find((r) => r.id === record.id));
});

test('hostile text, sort and direction values are used only as text or ignored', async ({ page }) => {
  const harm = watchForHarm(page);
  const query = new URLSearchParams([
    ['q', PAYLOAD.image],
    ['sort', PAYLOAD.script],
    ['dir', PAYLOAD.svg],
    ['thread', PAYLOAD.url],
  ]);
  await page.goto(`/events/?${query}`);
  await expect(page.locator('thead th[aria-sort]')).toHaveCount(0);
  await expect(page.getByLabel('Find in the table')).toHaveValue(PAYLOAD.image.slice(0, 100).trim());
  await expect(page.locator('[data-table-empty]')).toBeVisible();
  await expectUnharmed(page, harm);
  await page.getByRole('button', { name: 'Show all events' }).click();
  expect((await shownIds(page)).length).toBe(publishedEvents().length);
  await expect.poll(() => decodeURIComponent(page.url())).not.toContain(MARK);
  await expectUnharmed(page, harm);
});

test('the table page passes axe in both colour schemes, sorted and filtered too', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/events/');
    await expectNoAxeViolations(page);
    await page.goto('/events/?sort=date&dir=desc&q=microsoft');
    await expectNoAxeViolations(page);
  }
});

test('the story’s header and footer and How we made this lead to the table and the data', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.story-head').getByRole('link', { name: 'Every event in a table' })).toHaveAttribute(
    'href',
    '/events/',
  );
  await expect(page.locator('.story-head').getByRole('link', { name: 'Get the data' })).toHaveAttribute(
    'href',
    '/events/#data',
  );
  const footer = page.locator('[data-site-footer]');
  await expect(footer.getByRole('link', { name: 'Every event in a table' })).toHaveAttribute('href', '/events/');
  await expect(footer.getByRole('link', { name: 'Get the data (CSV)' })).toHaveAttribute('href', '/events.csv');
  await page.goto('/how-we-made-this/');
  await expect(page.locator('[data-get-the-data]').getByRole('link', { name: 'one table' })).toHaveAttribute(
    'href',
    '/events/',
  );
  await page.locator('[data-get-the-data]').getByRole('link', { name: 'one table' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Every event');
});

test('the sitemap lists the table', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf(m[1]));
  const urls = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).join('\n');
  expect(urls).toMatch(/<loc>[^<]*\/events\/<\/loc>/);
});

test('every widget ends with a small “Get the data” link after its credit, out of the frame to the table', async ({
  page,
}) => {
  for (const path of WIDGET_PATHS) {
    await page.goto(path);
    const link = page.locator('.embed-credit a[data-embed-data]');
    await expect(link, path).toHaveText('Get the data');
    await expect(link, path).toHaveAttribute('target', '_top');
    expect(await link.evaluate((a) => a.parentElement!.textContent.indexOf('Get the data') > 0)).toBe(true);
    const href = new URL((await link.getAttribute('href'))!, page.url());
    expect(href.pathname).toBe('/events/');
    if (path.includes('/thread/')) expect(href.searchParams.get('thread')).toBe(path.split('/')[3]);
  }
});
