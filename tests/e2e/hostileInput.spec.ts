import { expect, type Page, test } from '@playwright/test';
import { expectUnharmed, MARK, PAYLOAD, watchForHarm } from './support/hostile.ts';
import { WIDGET_PATHS } from './support/pageTypes.ts';
import { pathOf, publishedFeed } from './support/site.ts';
import { activeId, scrollStepToLine, stepIds } from './support/story.ts';

/**
 * Every input from outside the build (query parameters, the hash) is hostile: on the story, an
 * event page and the embed widgets. Each case loads a page with one, then checks that nothing ran, nothing was inserted or echoed, nothing was logged
 * as an error, and the page still does its job.
 */

test.use({ viewport: { width: 1440, height: 900 } });

/** The query string and hash of a crafted link; values are encoded as a browser would send them. */
function crafted(params: [string, string][], hash = ''): string {
  const query = params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
  return `/${query ? `?${query}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The story still follows the reader and its filters still apply a valid choice. */
async function expectStoryWorks(page: Page): Promise<void> {
  const visible = await page
    .locator('article[data-event-id]')
    .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.id));
  const id = visible[Math.floor(visible.length / 2)];
  await scrollStepToLine(page, id);
  await expect.poll(() => activeId(page)).toBe(id);
  const chip = page.locator('button[data-filter="thread"]').last();
  await chip.evaluate((button: HTMLButtonElement) => button.click());
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-filter-status]')).toHaveText(/^Showing \d+ of \d+ events\.$/);
}

/** No filter took a value it was not given by a chip. */
async function expectNoFilterSet(page: Page): Promise<void> {
  await expect(page.locator('button[data-filter][aria-pressed="true"]')).toHaveCount(0);
  expect(
    await page.locator('article[data-event-id]').evaluateAll((els) => els.every((el) => el.checkVisibility())),
  ).toBe(true);
}

const STORY_QUERIES: { name: string; params: [string, string][] }[] = [
  { name: 'a script tag in thread', params: [['thread', PAYLOAD.script]] },
  { name: 'an attribute break-out with an onerror image in actor', params: [['actor', PAYLOAD.image]] },
  { name: 'an svg onload in theme', params: [['theme', PAYLOAD.svg]] },
  {
    name: 'markup in from and to',
    params: [
      ['from', PAYLOAD.image],
      ['to', PAYLOAD.script],
    ],
  },
  {
    name: 'javascript: URLs in thread and actor',
    params: [
      ['thread', PAYLOAD.url],
      ['actor', PAYLOAD.url],
    ],
  },
  { name: 'percent-encoded quotes and brackets in thread', params: [['thread', decodeURIComponent(PAYLOAD.encoded)]] },
  { name: 'an oversized actor value', params: [['actor', PAYLOAD.oversized]] },
  { name: 'two hundred repeated thread values', params: Array.from({ length: 200 }, () => ['thread', MARK]) },
  {
    name: 'prototype-pollution keys as names and values',
    params: [
      ['__proto__', MARK],
      ['__proto__[polluted]', MARK],
      ['constructor[prototype][polluted]', MARK],
      ['thread', '__proto__'],
      ['actor', 'constructor'],
      ['actor', 'hasOwnProperty'],
    ],
  },
  // A real thread id with an invisible or look-alike character must not pass for the real one.
  { name: 'a real thread id with a right-to-left override', params: [['thread', `attribution\u202E${MARK}`]] },
  { name: 'a real thread id with a zero-width space inside', params: [['thread', 'attri\u200Bbution']] },
  { name: 'a real actor id with a Cyrillic o (a homoglyph)', params: [['actor', 'micr\u043Esoft']] },
  { name: 'a real thread id followed by a NUL', params: [['thread', 'attribution\u0000']] },
];

for (const { name, params } of STORY_QUERIES) {
  test(`the story ignores ${name}`, async ({ page }) => {
    const harm = watchForHarm(page);
    await page.goto(crafted(params));
    await expectNoFilterSet(page);
    await expectUnharmed(page, harm);
    await expectStoryWorks(page);
    await expectUnharmed(page, harm);
  });
}

test('the story applies the valid values among hostile ones, and only those', async ({ page }) => {
  const harm = watchForHarm(page);
  await page.goto(
    crafted([
      ['thread', PAYLOAD.script],
      ['thread', 'attribution'],
      ['actor', PAYLOAD.image],
    ]),
  );
  await expect(page.locator('button[data-filter][aria-pressed="true"]')).toHaveCount(1);
  await expect(page.locator('button[data-filter="thread"][data-value="attribution"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const shown = await page
    .locator('article[data-event-id]')
    .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.dataset.thread));
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set(['attribution']));
  // Rewriting the URL for the next choice keeps none of the hostile values.
  await page.locator('[data-filter-clear]').evaluate((button: HTMLButtonElement) => button.click());
  expect(decodeURIComponent(page.url())).not.toContain(MARK);
  await expectUnharmed(page, harm);
});

const HASHES: { name: string; hash: string }[] = [
  { name: 'an onerror image', hash: PAYLOAD.image },
  { name: 'a javascript: URL', hash: PAYLOAD.url },
  { name: 'a percent-encoded script tag', hash: encodeURIComponent(PAYLOAD.script) },
  { name: 'a malformed percent escape', hash: `%E0%A4%A${MARK}` },
  { name: 'a prototype key', hash: '__proto__' },
  { name: 'a 200,000-character value', hash: PAYLOAD.hugeHash },
];

for (const { name, hash } of HASHES) {
  test(`the story ignores ${name} in the hash`, async ({ page }) => {
    const harm = watchForHarm(page);
    await page.goto(crafted([], hash));
    await expect(page.locator('[tabindex="-1"][data-event-id]')).toHaveCount(0);
    await expectUnharmed(page, harm);
    await expectStoryWorks(page);
    await expectUnharmed(page, harm);
  });
}

test('a look-alike of a real event id in the hash does not open that event', async ({ page }) => {
  const harm = watchForHarm(page);
  const ids = await page.goto('/').then(() => stepIds(page));
  const real = ids[ids.length - 1];
  // The same id with its first "a" or "e" swapped for the Cyrillic look-alike.
  const lookalike = real.replace(/[ae]/, (c) => (c === 'a' ? '\u0430' : '\u0435'));
  expect(lookalike).not.toBe(real);
  await page.goto(`/#${encodeURIComponent(lookalike)}`);
  await expect(page.locator('[tabindex="-1"][data-event-id]')).toHaveCount(0);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expectUnharmed(page, harm);
  await expectStoryWorks(page);
});

test('an event page ignores hostile query parameters and hash, and still works', async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  const event = events[0];
  const harm = watchForHarm(page);
  const query = crafted(
    [
      ['thread', PAYLOAD.script],
      ['actor', PAYLOAD.image],
      ['theme', PAYLOAD.svg],
      ['from', PAYLOAD.url],
      ['to', PAYLOAD.oversized],
    ],
    PAYLOAD.image,
  ).slice(1);
  await page.goto(`${pathOf(event.url)}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  // Its script ran: the copy button is revealed where the browser can copy.
  await expect(page.locator('[data-share-action="copy"]')).toBeVisible();
  await expectUnharmed(page, harm);
});

const WIDGET_QUERIES: { name: string; params: [string, string][] }[] = [
  {
    name: 'markup and javascript: URLs in theme, from, to and childId',
    params: [
      ['theme', PAYLOAD.script],
      ['from', PAYLOAD.image],
      ['to', PAYLOAD.url],
      ['childId', PAYLOAD.svg],
    ],
  },
  {
    name: 'look-alikes: a theme with a right-to-left override, dates with a zero-width space or full-width digits, a NUL',
    params: [
      ['theme', `dark\u202E${MARK}`],
      ['from', '2021-03-\u200B01'],
      ['to', '\uFF12\uFF10\uFF12\uFF11-07-19'],
      ['childId', `frame\u0000${MARK}`],
    ],
  },
  {
    name: 'impossible or oversized dates and prototype keys',
    params: [
      ['from', '2021-02-30'],
      ['to', PAYLOAD.oversized],
      ['__proto__[polluted]', MARK],
      ['theme', '__proto__'],
      ['childId', 'constructor'],
    ],
  },
];

for (const path of WIDGET_PATHS)
  for (const { name, params } of WIDGET_QUERIES) {
    test(`the ${path.split('/')[2]} widget ignores ${name}`, async ({ page }) => {
      const harm = watchForHarm(page);
      const response = await page.goto(`${path}${crafted(params).slice(1)}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('timeline-embed')).toHaveCount(1);
      // Unknown options fall back to the defaults: the reader's own colour scheme and the whole range.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
      await expect(page.locator('[data-embed-status]')).toBeHidden();
      await expect(page.locator('a[href*="#"]').first()).toBeVisible();
      await expectUnharmed(page, harm);
    });
  }

test('a widget applies the valid options among hostile ones, and only those', async ({ page }) => {
  const harm = watchForHarm(page);
  await page.goto(
    `${WIDGET_PATHS[0]}${crafted([
      ['theme', 'dark'],
      ['from', '2021-03-01'],
      ['to', '2021-03-31'],
      ['childId', PAYLOAD.image],
      ['thread', PAYLOAD.script],
    ]).slice(1)}`,
  );
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await expect(page.locator('[data-embed-status]')).toBeVisible();
  await expectUnharmed(page, harm);
});

test('the embed builder ignores hostile choices in its address and falls back to the timeline widget', async ({
  page,
}) => {
  const harm = watchForHarm(page);
  await page.goto(
    `/embed/${crafted([
      ['widget', PAYLOAD.script],
      ['event', PAYLOAD.image],
      ['thread', `attribution\u202E${MARK}`],
      ['theme', PAYLOAD.svg],
      ['from', PAYLOAD.url],
      ['to', PAYLOAD.oversized],
    ]).slice(1)}`,
  );
  await expect(page.locator('iframe[data-builder-frame]')).toHaveAttribute('src', /\/embed\/timeline\/$/);
  await expect(page.locator('[data-snippet="loader"]')).toHaveValue(/data-timeline-embed="timeline\/?"/);
  await expectUnharmed(page, harm);
  // A valid event in the address is still honoured.
  const event = WIDGET_PATHS[2].split('/')[3];
  await page.goto(
    `/embed/${crafted([
      ['widget', 'event'],
      ['event', event],
      ['theme', PAYLOAD.script],
    ]).slice(1)}`,
  );
  await expect(page.locator('iframe[data-builder-frame]')).toHaveAttribute(
    'src',
    new RegExp(`/embed/event/${event}/$`),
  );
  await expectUnharmed(page, harm);
});
