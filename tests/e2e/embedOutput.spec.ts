import { expect, test } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { publishedEvents } from './support/content.ts';

const DIST = 'dist';
const widgetPages = globSync('embed/{timeline,thread/*,event/*}/index.html', { cwd: DIST });
const html = (file: string) => parse(readFileSync(join(DIST, file), 'utf8'));
const gzipped = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** Every script file a page loads: its module scripts and, transitively, the chunks they import. */
function scriptFiles(page: string): string[] {
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, chunk] of readFileSync(join(DIST, file), 'utf8').matchAll(
      /(?:import|from)\s*["']\.\/([^"']+\.js)["']/g,
    ))
      visit(join('_astro', chunk));
  };
  for (const script of html(page).querySelectorAll('script[src]'))
    visit(script.getAttribute('src')!.replace(/^\//, ''));
  return [...files];
}

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
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), page).toBe('noindex');
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

test('widgets have no inline scripts or inline event handlers, so a strict CSP can serve them', () => {
  for (const page of [...widgetPages, 'embed/index.html', 'threads/exploitation/index.html']) {
    const doc = html(page);
    const inline = doc
      .querySelectorAll('script:not([src])')
      .filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(
      inline.map((s) => s.toString().slice(0, 80)),
      page,
    ).toEqual([]);
    const handlers = doc
      .querySelectorAll('*')
      .flatMap((el) => Object.keys(el.attributes).filter((a) => /^on/i.test(a)));
    expect(handlers, page).toEqual([]);
  }
});

test("a widget's script is at most 4 KB gzipped, and the loader at most 1 KB", () => {
  const files = scriptFiles('embed/timeline/index.html');
  expect(files.length).toBeGreaterThan(0);
  for (const page of widgetPages) expect(scriptFiles(page), page).toEqual(files);
  const total = files.reduce((sum, file) => sum + gzipped(file), 0);
  expect(total).toBeLessThanOrEqual(4096);
  expect(gzipped('embed/v1.js')).toBeLessThanOrEqual(1024);
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
