/**
 * Screenshots of every page type for visual review, and a pixel-for-pixel comparison of two sets.
 *
 *   node scripts/screenshots.ts shoot <folder>          shoots dist/ (run `npm run build` first)
 *   node scripts/screenshots.ts compare <before> <after> [<diffs>]
 *
 * Shooting serves dist/ on a free local port and takes each page at phone (390×844, deviceScaleFactor
 * 3, touch) and desktop (1440×900) size, in light and dark. Comparing writes a diff PNG per changed
 * shot (changed pixels in red) and prints a Markdown table of changed-pixel counts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import yaml from 'js-yaml';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { startServer } from './bench/server.ts';
import { DESKTOP, launchChromium, PHONE } from './bench/browser.ts';

/** An event with a contested note and a correction, mid-story, so every part of an event is shown. */
const EVENT = '2021-03-10-eset-finds-ten-groups-exploiting-exchange';

/** One shot: a path, and for the story an element id to scroll to (only the viewport is taken there). */
interface Shot {
  name: string;
  path: string;
  scrollTo?: string;
}

function shots(): Shot[] {
  const front = readFileSync(`content/events/${EVENT}.mdx`, 'utf8').split(/^---$/m)[1];
  const { thread, actors } = yaml.load(front) as { thread: string; actors: string[] };
  return [
    { name: 'story-top', path: '/', scrollTo: '' },
    { name: 'story-mid', path: '/', scrollTo: EVENT },
    { name: 'event', path: `/events/${EVENT}/` },
    { name: 'actor', path: `/actors/${actors[0]}/` },
    { name: 'thread', path: `/threads/${thread}/` },
    { name: 'events-table', path: '/events/' },
    { name: 'sources', path: '/sources/' },
    { name: 'how-we-made-this', path: '/how-we-made-this/' },
    { name: 'embed-builder', path: '/embed/' },
    { name: 'widget-timeline', path: '/embed/timeline/' },
    { name: 'widget-thread', path: `/embed/thread/${thread}/` },
    { name: 'widget-event', path: `/embed/event/${EVENT}/` },
    { name: '404', path: '/no-such-page/' },
  ];
}

/** The benchmark's phone and desktop, so reviewers look at the screens the numbers come from. */
const SIZES: Record<string, BrowserContextOptions> = { phone: contextOf(PHONE), desktop: contextOf(DESKTOP) };

function contextOf({ name: _name, ...options }: typeof PHONE): BrowserContextOptions {
  return options;
}

async function shoot(folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  const server = await startServer(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    for (const [size, options] of Object.entries(SIZES)) {
      for (const colorScheme of ['light', 'dark'] as const) {
        // Reduced motion: transitions end at once, so two runs of the same build give the same pixels.
        const context = await browser.newContext({ ...options, colorScheme, reducedMotion: 'reduce' });
        await blockForFonts(context);
        for (const shot of shots()) {
          const page = await context.newPage();
          await page.goto(base + shot.path, { waitUntil: 'networkidle' });
          await settle(page, shot);
          const file = join(folder, `${shot.name}-${size}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: shot.scrollTo === undefined, animations: 'disabled' });
          console.log(file);
          await page.close();
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * The faces are font-display: optional, so on a busy machine one can miss its first 100 ms and the page
 * keeps the fallback: two shots of one build differed in the font of whole pages, even after a reload.
 * Shots are of what a reader sees once the faces are in, so pages are served with font-display: block
 * (each page inlines its CSS): the text waits for its face, and every shot has it.
 */
async function blockForFonts(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const body = (await response.text()).replaceAll('font-display:optional', 'font-display:block');
    await route.fulfill({ response, body });
  });
}

/** Waits for fonts, scrolls the story to its place and lets the scroll-driven graphic catch up. */
async function settle(page: Page, shot: Shot): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  if (shot.scrollTo) {
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView({ block: 'center' }), shot.scrollTo);
  }
  // Two frames for the story's reading line and the widgets' height messages, then a beat for lazy images.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(500);
}

function compare(before: string, after: string, diffs = join(after, '..', 'diff')): void {
  mkdirSync(diffs, { recursive: true });
  const names = [...new Set([...readdirSync(before), ...readdirSync(after)])].filter((n) => n.endsWith('.png'));
  const rows = ['| shot | size before → after | changed pixels | share |', '| --- | --- | ---: | ---: |'];
  let changedShots = 0;
  for (const name of names.sort()) {
    const a = readPng(join(before, name));
    const b = readPng(join(after, name));
    if (!a || !b) {
      rows.push(`| ${name} | ${a ? 'present' : 'missing'} → ${b ? 'present' : 'missing'} | – | – |`);
      changedShots++;
      continue;
    }
    // Pages that changed height are compared on a canvas of the larger size; the extra area counts as changed.
    const width = Math.max(a.width, b.width);
    const height = Math.max(a.height, b.height);
    const diff = new PNG({ width, height });
    const changed = pixelmatch(pad(a, width, height), pad(b, width, height), diff.data, width, height, {
      threshold: 0.1,
    });
    const sizes = `${a.width}×${a.height} → ${b.width}×${b.height}`;
    if (changed > 0) {
      changedShots++;
      writeFileSync(join(diffs, name), PNG.sync.write(diff));
    }
    const share = ((100 * changed) / (width * height)).toFixed(3);
    rows.push(`| ${name.replace(/\.png$/, '')} | ${sizes} | ${changed} | ${share} % |`);
  }
  console.log(rows.join('\n'));
  console.log(`\n${changedShots} of ${names.length} shots differ; diff images in ${diffs}`);
}

function readPng(file: string): PNG | undefined {
  try {
    return PNG.sync.read(readFileSync(file));
  } catch {
    return undefined;
  }
}

/** The image's pixels on a transparent canvas of the given size, top left aligned. */
function pad(png: PNG, width: number, height: number): Uint8Array {
  if (png.width === width && png.height === height) return png.data;
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, 0, 0, png.width, png.height, 0, 0);
  return out.data;
}

const [mode, ...folders] = process.argv.slice(2);
if (mode === 'shoot' && folders.length === 1) await shoot(folders[0]);
else if (mode === 'compare' && folders.length >= 2) compare(folders[0], folders[1], folders[2]);
else {
  console.error('Usage: node scripts/screenshots.ts shoot <folder> | compare <before> <after> [<diffs>]');
  process.exit(2);
}
