import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';

/** Attributes that hold a URL the site must serve, by the elements that carry them. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['[data-bundle]', 'data-bundle'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

/** Where the built site is and where it claims to be served. */
export interface CrawlSite {
  /** The folder holding the build, such as /tmp/x/timeline for BASE_PATH=/timeline/. */
  outDir: string;
  /** SITE_URL of the build. */
  site: string;
  /** BASE_PATH of the build, with slashes at both ends. */
  base: string;
  /** Routes under the base to start from. */
  start: string[];
}

/** What a crawl found: the links that lead nowhere, and every file it reached. */
export interface CrawlReport {
  broken: string[];
  visited: string[];
}

/**
 * Follows every internal link, asset, feed entry, JSON URL and sitemap entry of a built site,
 * mapping URLs under the base path onto the output folder, and reports the ones that lead nowhere
 * (including #fragments with no matching id). A URL outside the base path is broken too.
 */
export function crawlSite({ outDir, site, base, start }: CrawlSite): CrawlReport {
  const origin = new URL(site).origin;
  const broken = new Set<string>();
  const seen = new Set<string>();
  const visited = new Set<string>();
  const documents = new Map<string, HTMLElement>();
  const queue = start.map((route) => new URL(base + route, origin));

  const fileFor = (url: URL): string | null => {
    if (!url.pathname.startsWith(base)) return null;
    const rel = decodeURIComponent(url.pathname.slice(base.length));
    const file = join(outDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    return existsSync(file) && statSync(file).isFile() ? file : null;
  };
  const html = (file: string) => {
    if (!documents.has(file)) documents.set(file, parse(readFileSync(file, 'utf8')));
    return documents.get(file)!;
  };
  const check = (ref: string, from: URL) => {
    const url = new URL(ref, from);
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return;
    const file = fileFor(url);
    if (!file) return broken.add(`${from.pathname} → ${ref}`);
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && file.endsWith('.html') && !html(file).querySelector(`[id="${id}"]`))
      broken.add(`${from.pathname} → ${ref} (no element with that id)`);
    url.hash = '';
    if (!seen.has(url.href)) queue.push(url);
  };

  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const file = fileFor(url);
    if (!file) {
      broken.add(`(start) → ${url.pathname}`);
      continue;
    }
    visited.add(file);
    for (const ref of referencesIn(file, html, origin)) check(ref, url);
  }
  return { broken: [...broken].sort(), visited: [...visited].sort() };
}

function referencesIn(file: string, html: (file: string) => HTMLElement, origin: string): string[] {
  if (file.endsWith('.html')) {
    const doc = html(file);
    const refs = URL_ATTRIBUTES.flatMap(([selector, attribute]) =>
      doc.querySelectorAll(selector).map((el) => el.getAttribute(attribute) ?? ''),
    );
    const srcsets = doc
      .querySelectorAll('[srcset]')
      .flatMap((el) => (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]));
    const search = doc
      .querySelectorAll('[data-pagefind-meta^="story:"]')
      .map((el) => (el.getAttribute('data-pagefind-meta') ?? '').slice('story:'.length));
    return [...refs, ...srcsets, ...search].filter(Boolean);
  }
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]);
  if (/\.(xml|json|txt)$/.test(file))
    return [...text.matchAll(/https?:\/\/[^\s"'<>\\]+/g)].map((m) => m[0]).filter((u) => u.startsWith(origin));
  return [];
}
