import { expect, type Locator, type Page, test } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { gzipSize } from '../../scripts/lib/pageWeight.ts';
import { headersFor } from './support/hostHeaders.ts';
import { publishedEvents } from './support/content.ts';
import { contentFrame, expectFrameFits } from './support/embeds.ts';
import { HostServer } from './support/hostServer.ts';
import { filterOembed, getWordPress, WORDPRESS_ROOT, wordpressPost } from './support/wordpress.ts';

/**
 * Embeds as a newsroom's WordPress shows them, with WordPress's own code: its wp_filter_oembed_result
 * (PHP, from Debian's wordpress package) on the site's oEmbed responses, and its wp-embed.js on a post
 * served from another loopback port, sizing and revealing the frames and following their links.
 */

const events = publishedEvents();
const busiestThread = [...Map.groupBy(events, (e) => e.thread)].sort((a, b) => b[1].length - a[1].length)[0][0];
const wordiest = [...events].sort((a, b) => b.summary.length - a.summary.length)[0];
const WIDGETS = [
  ['timeline', '/oembed/story.json'],
  ['thread', `/oembed/threads/${busiestThread}.json`],
  ['event', `/oembed/events/${wordiest.id}.json`],
] as const;

interface Response {
  html: string;
  title: string;
  width: number;
  height: number;
  provider_url: string;
}

let host: HostServer;
test.beforeAll(async () => {
  getWordPress();
  host = await HostServer.start(WORDPRESS_ROOT);
});
test.afterAll(() => host.close());
// A test may end while the frame still loads a font through withHeaders' route; that is no failure.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

/**
 * Serves the site as a host that reads dist/_headers would (the preview server ignores it): WordPress
 * sandboxes the frame, so its scripts and fonts are requested from an opaque origin and need CORS.
 */
async function withHeaders(page: Page, baseURL: string): Promise<void> {
  const rules = readFileSync('dist/_headers', 'utf8');
  await page.route(`${baseURL}/**`, async (route) => {
    const response = await route.fetch();
    const extra = Object.fromEntries(headersFor(rules, new URL(route.request().url()).pathname));
    await route.fulfill({ response, headers: { ...response.headers(), ...extra } });
  });
}

/** Publishes a post with the widget's oEmbed response in it, filtered by WordPress, and opens it. */
async function openPost(page: Page, baseURL: string, path: string): Promise<Locator> {
  await withHeaders(page, baseURL);
  const response = (await (await page.request.get(path)).json()) as Response;
  const html = response.html.replaceAll(response.provider_url, `${baseURL}/`);
  const [filtered] = filterOembed([{ url: `${baseURL}/`, response: { ...response, html } }]);
  expect(filtered, 'WordPress keeps the embed').not.toBe(false);
  await page.goto(host.page(wordpressPost(filtered as string)));
  return page.locator('iframe.wp-embedded-content');
}

test("WordPress's own filter keeps a blockquote and a titled frame of the widget from every oEmbed response", () => {
  const files = globSync('dist/oembed/**/*.json').sort();
  expect(files.length).toBeGreaterThan(events.length);
  const responses = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Response);
  const results = filterOembed(responses.map((response) => ({ url: response.provider_url, response })));
  results.forEach((result, i) => {
    const [file, response] = [files[i], responses[i]];
    expect(result, `${file}: WordPress drops it`).not.toBe(false);
    const html = parse(result as string);
    const quote = html.querySelector('blockquote.wp-embedded-content')!;
    const frame = html.querySelector('iframe.wp-embedded-content')!;
    expect(quote, file).not.toBeNull();
    expect(frame, file).not.toBeNull();
    const secret = frame.getAttribute('data-secret')!;
    expect(secret, file).toMatch(/^[A-Za-z\d]{10}$/);
    expect(quote.getAttribute('data-secret'), file).toBe(secret);
    expect(quote.querySelector('a')!.text, file).toBe(response.title);
    expect(frame.getAttribute('title'), file).toBe(response.title);
    expect(frame.getAttribute('sandbox'), file).toBe('allow-scripts');
    expect([frame.getAttribute('width'), frame.getAttribute('height')], file).toEqual([
      String(response.width),
      String(response.height),
    ]);
    const src = new URL(frame.getAttribute('src')!);
    expect(src.hash, file).toBe(`#?secret=${secret}`);
    expect(src.pathname, file).toMatch(/^\/embed\/(timeline|thread|event)\//);
    // The frame shows the widget of the page the quote links to: that page is the widget's canonical URL.
    const widget = parse(readFileSync(join('dist', src.pathname, 'index.html'), 'utf8'));
    expect(widget.querySelector('link[rel="canonical"]')!.getAttribute('href'), file).toBe(
      quote.querySelector('a')!.getAttribute('href'),
    );
  });
});

test('the WordPress script a widget loads only in WordPress stays small: at most 1 KB gzipped', () => {
  const [script] = globSync('dist/_astro/embedWordPress-*.js');
  expect(script, 'the build writes the WordPress script').toBeDefined();
  expect(gzipSize(readFileSync(script))).toBeLessThanOrEqual(1024);
});

for (const [kind, path] of WIDGETS) {
  for (const width of [320, 768, 1200]) {
    test(`in a WordPress post ${width} px wide, wp-embed.js shows the ${kind} widget in a frame exactly its height`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      const frame = await openPost(page, baseURL!, path);
      await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
      await expect(frame).not.toHaveAttribute('style');
      const fit = await expectFrameFits(frame);
      expect(fit.frame).toBeLessThanOrEqual(1000);
      expect(fit.frame).toBeGreaterThanOrEqual(200);
      expect(fit.clientWidth).toBeLessThanOrEqual(width);
    });
  }
}

test('on a phone, the timeline cuts its list to fit WordPress, says so, and still leads to every event', async ({
  page,
  baseURL,
}) => {
  await page.setViewportSize({ width: 320, height: 900 });
  const frame = await openPost(page, baseURL!, '/oembed/story.json');
  await expectFrameFits(frame);
  const widget = await contentFrame(frame);
  const shown = await widget.locator('[data-embed-item]:visible').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(await widget.locator('.embed-list[data-key-only] > [data-importance="3"]').count());
  await expect(widget.locator('[data-embed-cut]')).toBeVisible();
  // Every event is in the story, which the credit opens in the post's own window.
  await widget.locator('[data-embed-more]').click();
  await expect(page).toHaveURL(`${baseURL}/`);
  expect(await page.locator('article[data-event-id]').count()).toBe(events.length);
});

for (const width of [320, 1200]) {
  test(`in a post ${width} px wide, the timeline cuts no more of its list than WordPress's cap needs`, async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const frame = await openPost(page, baseURL!, '/oembed/story.json');
    await expectFrameFits(frame);
    const widget = await contentFrame(frame);
    const cut = widget.locator('[data-embed-item][data-cut]');
    if ((await cut.count()) === 0) return expect(widget.locator('[data-embed-cut]')).toBeHidden();
    // Putting back the first item it cut (and the line, if that was the only one) would take it past 1000 px.
    const height = await cut.first().evaluate((item: HTMLElement) => {
      item.hidden = false;
      item.removeAttribute('data-cut');
      return document.documentElement.getBoundingClientRect().height;
    });
    expect(height).toBeGreaterThan(1000);
  });
}

test("a reader's click on a link in the frame opens the story at the event in the post's own window", async ({
  page,
  baseURL,
}) => {
  const widget = await contentFrame(await openPost(page, baseURL!, `/oembed/events/${wordiest.id}.json`));
  await widget.getByRole('link', { name: wordiest.title }).click();
  await expect(page).toHaveURL(`${baseURL}/#${wordiest.id}`);
  await expect(page.locator(`article[data-event-id="${wordiest.id}"]`)).toBeInViewport();
});

test("a source's link, which WordPress's sandbox cannot open in a tab, leads to the event's sources", async ({
  page,
  baseURL,
}) => {
  const widget = await contentFrame(await openPost(page, baseURL!, `/oembed/events/${wordiest.id}.json`));
  await widget.locator('a[data-wordpress-href]').click();
  await expect(page).toHaveURL(`${baseURL}/events/${wordiest.id}/#sources`);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
});

test('a frame that loaded before wp-embed.js is sized when it says it is ready', async ({ page, baseURL }) => {
  await withHeaders(page, baseURL!);
  const response = (await (await page.request.get('/oembed/story.json')).json()) as Response;
  const html = response.html.replaceAll(response.provider_url, `${baseURL}/`);
  const [filtered] = filterOembed([{ url: `${baseURL}/`, response: { ...response, html } }]);
  // The post without wp-embed.js: the frame loads, and its first messages reach no one.
  await page.goto(host.page(wordpressPost(filtered as string).replace(/<script[^>]*><\/script>/, '')));
  const frame = page.locator('iframe.wp-embedded-content');
  const widget = await contentFrame(frame);
  await widget.waitForLoadState('load');
  await widget.evaluate(() => document.fonts.ready);
  await expect(page.locator('blockquote.wp-embedded-content')).toBeVisible();
  // Then the theme's footer loads it, and it says ready to every frame.
  await page.addScriptTag({ url: '/wp-includes/js/wp-embed.js' });
  await page.evaluate(() => window.dispatchEvent(new Event('load')));
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  await expectFrameFits(frame);
});
