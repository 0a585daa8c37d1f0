import { expect, type Page, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateContent } from '../../scripts/bench/generateContent.ts';
import type { EventsFeed } from '../../src/lib/publish/eventsFeed.ts';
import { serveWithHeaders, SITE } from './support/staticHost.ts';

/** The events table past its first page: a site of 250 generated events, more than the 100 a page shows. */

const run = promisify(execFile);
const EVENTS = 250;
const content = 'tests/fixtures/.generated/table-more';
let outDir = '';
let feed: EventsFeed;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // A production build of its own, into its own folder, so the dist/ under test is left alone.
  test.setTimeout(300_000);
  generateContent(content, EVENTS);
  outDir = await mkdtemp(join(tmpdir(), 'timeline-table-more-'));
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: content, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  feed = JSON.parse(await readFile(join(outDir, 'events.json'), 'utf8')) as EventsFeed;
});

test.afterAll(async () => {
  await rm(content, { recursive: true, force: true });
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

const rows = (page: Page) => page.locator('table[data-events-table] tbody tr');
/** The rows' ids, once the table has drawn all of its view (aria-busy gone). */
const ids = async (page: Page) => {
  await expect(page.locator('table[data-events-table]')).not.toHaveAttribute('aria-busy', 'true');
  return rows(page).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId!));
};
const more = (page: Page) => page.locator('button[data-table-more]');

/** Presses "Show more" until it goes, as a reader reaching the end would; returns how often it was pressed. */
async function showEverything(page: Page): Promise<number> {
  let presses = 0;
  while (await more(page).isVisible()) {
    const before = await rows(page).count();
    await more(page).click();
    presses++;
    await expect.poll(() => rows(page).count()).toBeGreaterThan(before);
  }
  return presses;
}

test('“Show more” leads a reader to every row, and sorting, filtering and the download take in all of them', async ({
  page,
}) => {
  expect(feed.events).toHaveLength(EVENTS);
  await serveWithHeaders(page, outDir);
  await page.goto(`${SITE}/events/`);
  await expect(page.locator('timeline-table[data-enhanced]')).toBeAttached();

  // One page at first, then the rest, in reading order.
  await expect(rows(page)).toHaveCount(100);
  await expect(more(page)).toHaveText(`Show 100 more of the ${EVENTS - 100} not shown`);
  expect(await showEverything(page)).toBe(2);
  await expect(rows(page)).toHaveCount(EVENTS);
  expect(await ids(page)).toEqual(feed.events.map((e) => e.id));

  // Headlines Z to A: the last event in reading order, far past the first page, comes first.
  const headline = page.locator('thead').getByRole('button', { name: /^Headline/ });
  await headline.click();
  await headline.click();
  await expect(page.locator('thead th[aria-sort="descending"]')).toContainText('Headline');
  const titled = (n: number) => feed.events.find((e) => e.title === `Generated event number ${n}`)!;
  const last = titled(EVENTS - 1);
  expect(feed.events.findIndex((e) => e.id === last.id)).toBeGreaterThanOrEqual(100);
  await expect(rows(page).first()).toHaveAttribute('data-event-id', last.id);
  await expect(rows(page)).toHaveCount(100);
  await showEverything(page);
  const numberOf = (id: string) => Number(/number (\d+)$/.exec(feed.events.find((e) => e.id === id)!.title)![1]);
  const byHeadline = (await ids(page)).map(numberOf);
  expect(byHeadline).toHaveLength(EVENTS);
  expect(byHeadline).toEqual([...byHeadline].sort((a, b) => b - a));

  // The download holds every row of the view, not only the page on screen.
  await page.locator('thead').getByRole('button', { name: /^Date/ }).click();
  await expect(rows(page)).toHaveCount(100);
  const whole = parse<Record<string, string>>(await readFile(join(outDir, 'events.csv')), { bom: true, columns: true });
  const saved = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download these rows (CSV)' }).click(),
    ]);
    return parse<Record<string, string>>(await readFile(await download.path()), {
      bom: true,
      columns: true,
      record_delimiter: '\r\n',
    });
  };
  const byDate = await saved();
  expect(byDate).toHaveLength(EVENTS);
  expect(byDate.map((r) => r.date)).toEqual(whole.map((r) => r.date).sort());
  for (const record of byDate) expect(record).toEqual(whole.find((r) => r.id === record.id));

  // A thread chip narrows all 250, including the events no page has shown since the sort.
  const chip = page.locator('button[data-filter="thread"]').first();
  const thread = (await chip.getAttribute('data-value'))!;
  await chip.click();
  const ofThread = feed.events.filter((e) => e.thread.id === thread).map((e) => e.id);
  expect(ofThread.length).toBeGreaterThan(0);
  expect(ofThread.length).toBeLessThan(100);
  await expect(rows(page)).toHaveCount(ofThread.length);
  await expect(more(page)).toBeHidden();
  expect(await ids(page)).toEqual(ofThread);
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing ${ofThread.length} of ${EVENTS} events, sorted by date, oldest first.`,
  );
  expect((await saved()).map((r) => r.id)).toEqual(ofThread);

  // A text filter does too: one headline's number, from past the first page.
  await page.getByRole('button', { name: 'Show all events' }).click();
  await page.getByLabel('Find in the table').fill(`number ${EVENTS - 2}`);
  await expect(rows(page)).toHaveCount(1);
  expect(await ids(page)).toEqual([titled(EVENTS - 2).id]);
});

/**
 * Runs `check` on a phone's screen and a desktop's: the table opened and drawn whole, its header at the top of
 * the screen, so the rows below it have the whole screen to fill. `check` gets the screen's size to name it.
 */
async function onEachScreen(page: Page, check: (size: string) => Promise<void>): Promise<void> {
  await serveWithHeaders(page, outDir);
  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto(`${SITE}/events/`);
    await expect(page.locator('timeline-table[data-enhanced]')).toBeAttached();
    await expect(page.locator('table[data-events-table]')).not.toHaveAttribute('aria-busy', 'true');
    await page.locator('thead').evaluate((head) => head.scrollIntoView());
    await check(`${width}×${height}`);
  }
}

test('the frame after a sort shows the sorted rows on the whole screen, and the rest of the page follows', async ({
  page,
}) => {
  await onEachScreen(page, async (size) => {
    const firstFrame = page.evaluate(
      () =>
        new Promise<string[]>((resolve) =>
          document.addEventListener(
            'click',
            () =>
              requestAnimationFrame(() => {
                // Every row a reader can see on the screen, in whichever body: none of the old view's may show.
                const table = document.querySelector<HTMLTableElement>('table[data-events-table]')!;
                const onScreen = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].filter(
                  (row) => row.checkVisibility() && row.getBoundingClientRect().top < innerHeight,
                );
                resolve(onScreen.map((row) => row.dataset.eventId!));
              }),
            { capture: true, once: true },
          ),
        ),
    );
    await page
      .locator('thead')
      .getByRole('button', { name: /^Headline/ })
      .click();
    const seen = await firstFrame;
    await expect(rows(page)).toHaveCount(100);
    const view = await ids(page);
    // Once drawn, the view is the table's only rows, each once, all in the document for find and print.
    expect(new Set(view).size).toBe(100);
    expect(seen.length, size).toBeGreaterThan(5);
    expect(seen).toEqual(view.slice(0, seen.length));
    const numberOf = (id: string) => Number(/number (\d+)$/.exec(feed.events.find((e) => e.id === id)!.title)![1]);
    expect(view.map(numberOf)).toEqual([...Array(100).keys()]);
  });
});

test('the frame after a change back to rows already drawn fills the screen with them and draws none below it', async ({
  page,
}) => {
  await onEachScreen(page, async (size) => {
    const headline = page.locator('thead').getByRole('button', { name: /^Headline/ });
    // A to Z, Z to A, then reading order again: the rows the page first drew, whose heights are known.
    for (let i = 0; i < 2; i++) {
      await headline.click();
      await expect(page.locator('table[data-events-table]')).not.toHaveAttribute('aria-busy', 'true');
    }
    const firstFrame = page.evaluate(
      () =>
        new Promise<{ bottom: number; below: number; screen: number }>((resolve) =>
          document.addEventListener(
            'click',
            () =>
              requestAnimationFrame(() => {
                const body = document.querySelector<HTMLTableElement>('table[data-events-table]')!.tBodies[0];
                const drawn = [...body.rows].map((row) => row.getBoundingClientRect());
                resolve({
                  bottom: drawn.at(-1)!.bottom,
                  below: drawn.filter((box) => box.top >= innerHeight).length,
                  screen: innerHeight,
                });
              }),
            { capture: true, once: true },
          ),
        ),
    );
    await headline.click();
    const { bottom, below, screen } = await firstFrame;
    expect(bottom, size).toBeGreaterThanOrEqual(screen);
    expect(below, size).toBe(0);
    await expect(page.locator('thead th[aria-sort]')).toHaveCount(0);
  });
});

test('printing puts every row of the view on paper, with a line saying what the view is, and the page comes back after', async ({
  page,
}) => {
  await serveWithHeaders(page, outDir);
  await page.goto(`${SITE}/events/`);
  await expect(page.locator('timeline-table[data-enhanced]')).toBeAttached();
  // All 250 rows (every headline has the word), headlines Z to A: more than a page, in an order of their own.
  await page.getByLabel('Find in the table').fill('generated');
  const headline = page.locator('thead').getByRole('button', { name: /^Headline/ });
  await headline.click();
  await headline.click();
  const numberOf = (id: string) => Number(/number (\d+)$/.exec(feed.events.find((e) => e.id === id)!.title)![1]);
  const view = [...Array(EVENTS).keys()].reverse();
  await expect(rows(page)).toHaveCount(100);
  const visibleNumbers = () =>
    rows(page).evaluateAll((els) =>
      els.filter((el) => el.checkVisibility()).map((el) => (el as HTMLElement).dataset.eventId!),
    );

  await page.emulateMedia({ media: 'print' });
  await expect(rows(page)).toHaveCount(view.length);
  expect((await visibleNumbers()).map(numberOf)).toEqual(view);
  await expect(page.locator('[data-filter-status]')).toBeVisible();
  await expect(page.locator('[data-filter-status]')).toHaveText(
    `Showing all ${EVENTS} events, sorted by headline, Z to A.`,
  );
  await expect(page.locator('[data-table-printed-filters]')).toHaveText('Only rows with the words “generated”.');
  for (const control of ['button[data-filter]', '[data-table-query]', 'button[data-table-more]'])
    await expect(page.locator(control).first()).toBeHidden();

  await page.emulateMedia({ media: 'screen' });
  await expect(rows(page)).toHaveCount(100);
  await expect(page.locator('[data-table-printed-filters]')).toBeHidden();

  // The browser's own print events (Ctrl+P, window.print) do the same.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  expect((await visibleNumbers()).map(numberOf)).toEqual(view);
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await expect(rows(page)).toHaveCount(100);
  expect((await ids(page)).map(numberOf)).toEqual(view.slice(0, 100));
});
