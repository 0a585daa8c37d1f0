import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { globSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crawlSite } from './support/linkCrawler.ts';

const run = promisify(execFile);
const SITE = 'https://news.example';
const BASE = '/timeline/';

test('a build under BASE_PATH=/timeline/ has no broken internal links', async () => {
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
  } finally {
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
