import { expect, test } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { publishedFrameCorrections } from './support/content.ts';
import { pathOf, publishedFeed } from './support/site.ts';

const frame = publishedFrameCorrections();

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

test('/events.json is versioned and describes every published event completely', async ({ request }) => {
  const response = await request.get('/events.json');
  expect(response.headers()['content-type']).toContain('application/json');
  const feed = JSON.parse(await response.text()) as Awaited<ReturnType<typeof publishedFeed>>;
  expect(feed.version).toMatch(/^\d+\.\d+$/);
  expect(feed.count).toBe(feed.events.length);
  for (const event of feed.events) {
    expect(Object.keys(event)).toEqual(
      expect.arrayContaining([
        'id',
        'url',
        'title',
        'summary',
        'date',
        'thread',
        'actors',
        'cves',
        'sources',
        'updated',
      ]),
    );
    expect(['month', 'day', 'minute']).toContain(event.date.precision);
    expect(Date.parse(event.date.start)).toBeLessThan(Date.parse(event.date.end));
    expect(event.sources.length).toBeGreaterThan(0);
    expect((await request.get(pathOf(event.url))).ok()).toBe(true);
  }
});

test('/feed.xml is valid RSS 2.0 with an item per event and per correction', async ({ request }) => {
  const { events } = await publishedFeed(request);
  const text = await (await request.get('/feed.xml')).text();
  // Throws with the line and column of the first syntax error.
  expect(SyntaxValidator.validate(text)).toBe(true);
  const { rss } = xml.parse(text) as {
    rss: { '@version': string; channel: { title: string; link: string; description: string; item?: unknown } };
  };
  expect(rss['@version']).toBe('2.0');
  expect(rss.channel.title).toBeTruthy();
  expect(rss.channel.description).toBeTruthy();
  const items = asList(rss.channel.item) as { title: string; link: string; guid: unknown; pubDate: string }[];
  const corrections = events.reduce((n, e) => n + e.corrections.length, 0) + frame.length;
  // Guards the guard: the published story has corrections, so their items are counted, not assumed absent.
  expect(corrections).toBeGreaterThan(0);
  expect(items).toHaveLength(events.length + corrections);
  for (const item of items) {
    expect(item.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    expect(item.guid).toBeTruthy();
  }
  expect(items.map((i) => i.link)).toEqual(expect.arrayContaining(events.map((e) => e.url)));
  for (const c of frame)
    expect(items.find((i) => i.link.endsWith(`/how-we-made-this/#${c.anchor}`))?.title).toBe(`Correction: ${c.title}`);
});

test('the story page describes itself as a NewsArticle in JSON-LD', async ({ page }) => {
  await page.goto('/');
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<
    string,
    unknown
  >;
  expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle' });
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  for (const field of ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'image'])
    expect(data[field], field).toBeTruthy();
});

test('each event page describes its event in JSON-LD, citing every source', async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  for (const event of events) {
    await page.goto(pathOf(event.url));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as {
      '@type': string;
      headline: string;
      about: { '@type': string; startDate: string };
      citation: { url: string }[];
    };
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(event.title);
    expect(data.about).toMatchObject({ '@type': 'Event', startDate: event.date.iso });
    expect(data.citation.map((c) => c.url)).toEqual(event.sources.map((s) => s.url));
  }
});

test('every page has a canonical URL and Open Graph and Twitter card tags with its share image', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  const event = events[0];
  const pages = [
    { path: '/', image: '/og/story.png' },
    { path: pathOf(event.url), image: pathOf(event.image) },
    { path: pathOf(event.actors[0]?.url ?? event.url), image: '/og/story.png' },
    { path: '/sources/', image: '/og/story.png' },
  ];
  for (const { path, image } of pages) {
    await page.goto(path);
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(pathOf(canonical!)).toBe(path);
    await expect(meta('og:url')).toHaveAttribute('content', canonical!);
    for (const key of ['og:title', 'og:description', 'twitter:title', 'twitter:description'])
      await expect(meta(key)).toHaveAttribute('content', /\S/);
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
    const og = await meta('og:image').getAttribute('content');
    expect(pathOf(og!)).toBe(image);
    await expect(meta('twitter:image')).toHaveAttribute('content', og!);
  }
});

test('robots.txt points at a sitemap that lists the story and every event page', async ({ request }) => {
  const { events, url } = await publishedFeed(request);
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapUrl).toBeTruthy();
  const index = xml.parse(await (await request.get(pathOf(sitemapUrl!))).text()) as {
    sitemapindex: { sitemap: { loc: string } | { loc: string }[] };
  };
  const locs: string[] = [];
  for (const { loc } of asList(index.sitemapindex.sitemap)) {
    const set = xml.parse(await (await request.get(pathOf(loc))).text()) as { urlset: { url: { loc: string }[] } };
    locs.push(...asList(set.urlset.url).map((u) => u.loc));
  }
  expect(locs).toEqual(expect.arrayContaining([url, ...events.map((e) => e.url)]));
  expect(locs.some((loc) => loc.includes('404'))).toBe(false);
});
