import { expect, type Page, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { globSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crawlSite } from './support/linkCrawler.ts';

const run = promisify(execFile);
const SITE = 'https://news.example';
const BASE = '/timeline/';

/** Serves the build at SITE + BASE from its folder, as a static host would; nothing else is reachable. */
async function serveBuild(page: Page, outDir: string): Promise<void> {
  const types: Record<string, string> = {
    html: 'text/html',
    js: 'text/javascript',
    css: 'text/css',
    json: 'application/json',
  };
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== SITE || !url.pathname.startsWith(BASE)) return route.abort();
    const rel = url.pathname.slice(BASE.length);
    const file = join(outDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
    const body = await readFile(file).catch(() => null);
    if (!body) return route.fulfill({ status: 404, body: await readFile(join(outDir, '404.html')) });
    return route.fulfill({ body, contentType: types[file.split('.').pop()!] ?? 'application/octet-stream' });
  });
}

test('a build under BASE_PATH=/timeline/ has no broken internal links, and its search works', async ({ page }) => {
  // A full production build into its own folder, so the main dist/ under test is left alone.
  test.setTimeout(240_000);
  const root = await mkdtemp(join(tmpdir(), 'timeline-base-'));
  const outDir = join(root, 'timeline');
  try {
    await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      env: { ...process.env, BASE_PATH: BASE, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const start = ['', '404.html', 'robots.txt', 'feed.xml', 'events.json', 'timelinejs.json', 'sitemap-index.xml'];
    const { broken, visited } = crawlSite({ outDir, site: SITE, base: BASE, start });
    expect(broken).toEqual([]);
    // Every page was reached, so every page's links were checked.
    const pages = globSync('**/*.html', { cwd: outDir }).map((p) => join(outDir, p));
    expect(visited).toEqual(expect.arrayContaining(pages));

    // The search index and its results follow the base path too.
    await serveBuild(page, outDir);
    await page.goto(`${SITE}${BASE}no-such-page/`);
    const feed = JSON.parse(await readFile(join(outDir, 'events.json'), 'utf8')) as { events: { title: string }[] };
    await page.getByRole('searchbox', { name: 'Search the events' }).fill(feed.events[0].title);
    const result = page.locator('[data-search-result]').first();
    await expect(result).toHaveAttribute('href', new RegExp(`^${BASE}#`));
    await result.click();
    await expect(page).toHaveURL(new RegExp(`^${SITE}${BASE}#`));
  } finally {
    // Late requests (a favicon, a prefetch) must not read the folder after it is gone.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await rm(root, { recursive: true, force: true });
  }
});

test('the link checker reports links that forget the base path or point at a missing anchor', async () => {
  // Guards the guard: a checker that mapped every URL onto the folder would pass any build.
  const outDir = await mkdtemp(join(tmpdir(), 'timeline-crawl-'));
  try {
    await mkdir(join(outDir, 'events', 'a'), { recursive: true });
    await writeFile(join(outDir, 'events', 'a', 'index.html'), '<h1 id="top">A</h1>');
    await writeFile(
      join(outDir, 'index.html'),
      `<a href="/timeline/events/a/#top">ok</a> <a href="/events/a/">no base</a>
       <a href="/timeline/events/a/#gone">no anchor</a> <a href="https://elsewhere.example/">external</a>`,
    );
    const { broken } = crawlSite({ outDir, site: SITE, base: BASE, start: [''] });
    expect(broken).toEqual([
      '/timeline/ → /events/a/',
      '/timeline/ → /timeline/events/a/#gone (no element with that id)',
    ]);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
