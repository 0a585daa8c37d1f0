import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { pageWeight } from '../../scripts/lib/pageWeight.ts';
import { parsePolicy } from '../../src/lib/site/contentSecurityPolicy.ts';
import { publishedEvents } from './support/content.ts';

const DIST = 'dist';
const widgetPages = globSync('embed/{timeline,thread/*,event/*}/index.html', { cwd: DIST });
const html = (file: string) => parse(readFileSync(join(DIST, file), 'utf8'));

test('every widget is built, one per thread and one per published event', () => {
  const events = publishedEvents();
  const threads = new Set(events.map((e) => e.thread));
  expect(widgetPages).toHaveLength(1 + threads.size + events.length);
});

test('widgets carry no site header, footer, search or skip link, only the widget', () => {
  for (const page of widgetPages) {
    const doc = html(page);
    for (const furniture of ['[data-site-header]', '[data-site-footer]', '[data-page-shell]', 'timeline-search'])
      expect(doc.querySelectorAll(furniture), `${page} has ${furniture}`).toHaveLength(0);
    const widget = doc.querySelector('body > timeline-embed[data-widget]');
    expect(widget?.getAttribute('data-widget'), page).toBe(page.replace(/^embed\/|\/index\.html$/g, ''));
    // A copy of the page it stands for, in search engines' eyes: canonical there, not a page of its own.
    const canonical = new URL(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '').pathname;
    const name = page.replace(/^embed\/|\/index\.html$/g, '');
    const expected =
      name === 'timeline'
        ? '/'
        : name.startsWith('thread/')
          ? `/threads/${name.slice(7)}/`
          : `/events/${name.slice(6)}/`;
    expect(canonical, page).toBe(expected);
  }
});

test('every link in a widget leaves the frame: the story in the top window, sources in a new tab', () => {
  for (const page of widgetPages) {
    for (const link of html(page).querySelectorAll('a[href]')) {
      const target = link.getAttribute('target');
      expect(['_top', '_blank'], `${page}: ${link.getAttribute('href')}`).toContain(target);
      if (target === '_blank') expect(link.getAttribute('rel')).toContain('noopener');
    }
  }
});

test('widgets run no inline script their policy does not name, and no inline event handlers', () => {
  for (const page of [...widgetPages, 'embed/index.html', 'threads/exploitation/index.html']) {
    const doc = html(page);
    const meta = doc.querySelector('meta[http-equiv="content-security-policy"]');
    const allowed = parsePolicy(meta?.getAttribute('content') ?? '').get('script-src') ?? [];
    const unhashed = doc
      .querySelectorAll('script:not([src])')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json')
      .filter((s) => !allowed.includes(`'sha256-${createHash('sha256').update(s.rawText).digest('base64')}'`));
    expect(
      unhashed.map((s) => s.toString().slice(0, 80)),
      page,
    ).toEqual([]);
    const handlers = doc
      .querySelectorAll('*')
      .flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a)));
    expect(handlers, page).toEqual([]);
  }
});

test('every widget loads at most 4 KB of JavaScript, gzipped, following the chunks it imports', () => {
  for (const page of widgetPages) {
    const weight = pageWeight(DIST, page);
    const detail = weight.files.map((f) => `${f.path}: ${f.gzip} B`).join('\n');
    expect(weight.files.filter((f) => f.kind === 'js').length, detail).toBeGreaterThan(0);
    expect(weight.js, `${page}\n${detail}`).toBeLessThanOrEqual(4 * 1024);
  }
});

test('widgets stay out of the sitemap, and the pages they stand for are in it', () => {
  const sitemap = globSync('sitemap-*.xml', { cwd: DIST })
    .filter((f) => f !== 'sitemap-index.xml')
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('');
  expect(sitemap).not.toMatch(/\/embed\/(timeline|thread|event)\//);
  expect(sitemap).toMatch(/\/threads\/[a-z-]+\/</);
  expect(sitemap).toMatch(/\/embed\/</);
});

test('the story, every thread page and every event page name an oEmbed response that exists', () => {
  const pages = ['index.html', ...globSync('{threads,events}/*/index.html', { cwd: DIST })];
  expect(pages.length).toBeGreaterThan(2);
  for (const page of pages) {
    const links = html(page).querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
    expect(links, page).toHaveLength(1);
    const path = new URL(links[0].getAttribute('href')!).pathname.replace(/^\//, '');
    const body = JSON.parse(readFileSync(join(DIST, path), 'utf8')) as { type: string; html: string };
    expect(body.type, path).toBe('rich');
    expect(links[0].getAttribute('title'), page).toBeTruthy();
  }
});
