import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { publishedFeed } from './support/site.ts';

// A reader whose browser runs no script (and a host that strips it) still gets a whole widget.
test.describe(() => {
  test.use({ javaScriptEnabled: false });

  test('without JavaScript the timeline widget shows the graphic and the key events, each linked into the story', async ({
    page,
    request,
  }) => {
    const { events } = await publishedFeed(request);
    await page.goto('/embed/timeline/');
    await expect(page.locator('svg[data-timeline-graphic]')).toBeVisible();
    const key = events.filter((e) => e.importance === 3 && e.date.start >= '2021');
    const listed = page.locator('[data-embed-item]:visible');
    await expect(listed).toHaveCount(key.length);
    for (const [i, event] of key.entries()) {
      await expect(listed.nth(i).getByRole('link', { name: event.title })).toHaveAttribute('href', `/#${event.id}`);
    }
  });

  test('without JavaScript the event widget is a complete card: date, headline, summary, a source and the story link', async ({
    page,
    request,
  }) => {
    const { events } = await publishedFeed(request);
    const event = events.find((e) => e.contested) ?? events[0];
    await page.goto(`/embed/event/${event.id}/`);
    await expect(page.locator(`time[datetime="${event.date.iso}"]`)).toHaveText(event.date.label);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(event.title);
    await expect(page.getByText(event.summary)).toBeVisible();
    const source = page.getByRole('link', { name: event.sources[0].title });
    await expect(source).toHaveAttribute('href', event.sources[0].url);
    await expect(source).toHaveAttribute('target', '_blank');
    await expect(page.getByRole('link', { name: 'Read it in the story' })).toHaveAttribute('href', `/#${event.id}`);
    if (event.contested) await expect(page.locator('[data-contested]')).toContainText(event.contested);
  });

  test("without JavaScript a thread widget lists every one of the thread's events in order", async ({
    page,
    request,
  }) => {
    const { events } = await publishedFeed(request);
    const thread = events[0].thread.id;
    await page.goto(`/embed/thread/${thread}/`);
    const titles = page.locator('[data-embed-item] a');
    await expect(titles).toHaveText(events.filter((e) => e.thread.id === thread).map((e) => e.title));
  });
});

test("a forced scheme shows from the first paint, not once the widget's script has loaded", async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // Hold the scripts back, as a slow network would: the parsed page paints before they run.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.emulateMedia({ colorScheme: 'light' });
  const parsed = async (path: string) => {
    await page.goto(path, { waitUntil: 'commit' });
    // Parsed and styled, as it is when it first paints; its scripts are still held.
    await page.waitForFunction(
      () =>
        document.readyState !== 'loading' &&
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
    );
  };
  await parsed('/embed/timeline/');
  const readers = await background();
  await parsed('/embed/timeline/?theme=dark');
  const early = await background();
  release();
  await page.waitForLoadState('load');
  expect(early).not.toBe(readers);
  expect(await background()).toBe(early);
});

test('?theme forces the colour scheme either way, and anything else leaves it to the reader', async ({ page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/timeline/');
  const light = await background();
  await page.goto('/embed/timeline/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).not.toBe(light);
  const dark = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/embed/timeline/?theme=light');
  expect(await background()).toBe(light);
  for (const theme of ['DARK', '<b>dark</b>', 'dark;']) {
    await page.goto(`/embed/timeline/?theme=${encodeURIComponent(theme)}`);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await background()).toBe(dark);
  }
});

test('?from and ?to narrow the timeline: the list, the marks and the axis show only those days', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  await page.goto('/embed/timeline/?from=2021-03-01&to=2021-03-31');
  await expect(page.locator('[data-embed-status]')).toHaveText(/^1–31 March 2021: \d+ events$/);
  const inMarch = (iso: string) => iso >= '2021-03' && iso < '2021-04';
  const listed = await page
    .locator('[data-embed-item]:visible time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.every(inMarch)).toBe(true);
  const shown = await page
    .locator('a[data-event-id]:not([data-filtered])')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
  const drawn = events.filter((e) => e.date.start >= '2021');
  expect(shown.sort()).toEqual(
    drawn
      .filter((e) => inMarch(e.date.iso))
      .map((e) => e.id)
      .sort(),
  );
  await expect(page.locator('[data-tick]').first()).toHaveText(/Mar/);
  await expect(page.locator('[data-tick]:text-matches("Jan|Jul")')).toHaveCount(0);
});

test('malformed or hostile dates are ignored and never written into the page', async ({ page }) => {
  await page.goto('/embed/timeline/');
  const whole = await page.locator('[data-embed-item]:visible').count();
  for (const query of [
    'from=2021-02-30',
    'from=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'to=2021-03',
    'from=2021-07-01&to=2021-03-01',
  ]) {
    await page.goto(`/embed/timeline/?${query}`);
    await expect(page.locator('[data-embed-item]:visible')).toHaveCount(whole);
    await expect(page.locator('[data-embed-status]')).toBeHidden();
    await expect(page.locator('img')).toHaveCount(0);
  }
});

test('a thread widget narrowed to a window lists only its events in that window', async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  const thread = events.find((e) => e.date.iso.startsWith('2021-03'))!.thread.id;
  await page.goto(`/embed/thread/${thread}/?from=2021-03-01&to=2021-03-31`);
  const expected = events.filter((e) => e.thread.id === thread && e.date.iso >= '2021-03' && e.date.iso < '2021-04');
  await expect(page.locator('[data-embed-item]:visible a')).toHaveText(expected.map((e) => e.title));
});

for (const widget of ['timeline/', 'thread/exploitation/', 'event/2021-03-03-china-rejects-microsofts-attribution/']) {
  test(`the ${widget.split('/')[0]} widget has no WCAG 2.2 AA violations, light and dark, forced or preferred`, async ({
    page,
  }) => {
    for (const [colorScheme, query] of [
      ['light', ''],
      ['dark', ''],
      ['light', '?theme=dark'],
      ['dark', '?theme=light&from=2021-03-01&to=2021-03-31'],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/embed/${widget}${query}`);
      await expect(page.locator('timeline-embed')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  });
}
