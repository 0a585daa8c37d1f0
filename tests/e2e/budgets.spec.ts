import { expect, test } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { gzipSize, pageWeight } from '../../scripts/lib/pageWeight.ts';

/** The budgets of issue 8, in gzipped bytes (1 KB = 1,024 bytes). */
const KB = 1024;

test('the story page loads at most 60 KB of HTML, 15 KB of CSS and 15 KB of JavaScript, gzipped', () => {
  const weight = pageWeight('dist', 'index.html');
  const detail = weight.files.map((f) => `${f.path}: ${f.gzip} B`).join('\n');
  expect(weight.html, detail).toBeLessThanOrEqual(60 * KB);
  expect(weight.css, detail).toBeLessThanOrEqual(15 * KB);
  expect(weight.js, detail).toBeLessThanOrEqual(15 * KB);
  // Guards the guard: the page really loads its stylesheet and its script.
  expect(weight.files.filter((f) => f.kind !== 'html').length).toBeGreaterThanOrEqual(2);
});

test('the events table page loads at most 4 KB of JavaScript, gzipped', () => {
  const weight = pageWeight('dist', 'events/index.html');
  const detail = weight.files.map((f) => `${f.path}: ${f.gzip} B`).join('\n');
  expect(weight.js, detail).toBeLessThanOrEqual(4 * KB);
  // Guards the guard: the page really loads its script (sorting, filters, download).
  expect(
    weight.files.some((f) => f.kind === 'js'),
    detail,
  ).toBe(true);
});

test('the host loader /embed/v1.js is at most 1 KB gzipped, as served', () => {
  expect(gzipSize(readFileSync('public/embed/v1.js'))).toBeLessThanOrEqual(KB);
  expect(readFileSync('dist/embed/v1.js', 'utf8')).toBe(readFileSync('public/embed/v1.js', 'utf8'));
});

test('no web font or script can hold back the first paint', () => {
  for (const page of globSync('dist/**/*.html')) {
    const html = readFileSync(page, 'utf8');
    const css = [html, ...globSync('dist/_astro/*.css').map((file) => readFileSync(file, 'utf8'))].join('\n');
    // Faces that download a file; the metric-matched fallbacks (src: local(…)) download nothing.
    const webFonts = (css.match(/@font-face\s*{[^}]*}/g) ?? []).filter((face) => /src:[^;]*url\(/.test(face));
    expect(webFonts.length, page).toBeGreaterThan(0);
    // As the README promises: text shows at once in a fallback, and a face that is late is never swapped in.
    for (const face of webFonts) expect(face, page).toMatch(/font-display:\s*optional\s*[;}]/);
    // Classic scripts with src block the parser; module, async and deferred ones do not.
    const blocking = [...html.matchAll(/<script\b([^>]*\bsrc=[^>]*)>/g)].filter(
      ([, attrs]) => !/type="module"|\basync\b|\bdefer\b/.test(attrs),
    );
    expect(blocking, page).toEqual([]);
    expect(html, page).not.toMatch(/<link\b[^>]*rel="stylesheet"[^>]*href="(https?:)?\/\//);
  }
});

test('the story requests nothing from another origin', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin)
      foreign.push(request.url());
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 4000);
  await page.waitForLoadState('networkidle');
  expect(foreign).toEqual([]);
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`loading the story shifts nothing, the graphic's space being reserved (${viewport.width}×${viewport.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.addInitScript(() => {
      const shifts: { value: number; inGraphic: boolean }[] = [];
      (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources?: { node?: Node | null }[] }[]) {
          const nodes = (entry.sources ?? []).map((s) => s.node);
          const inGraphic = nodes.some((n) => n instanceof Element && n.closest('figure, [data-panel]') !== null);
          shifts.push({ value: entry.value, inGraphic });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; inGraphic: boolean }[] }).__shifts,
    );
    expect(shifts.filter((s) => s.inGraphic)).toEqual([]);
    // Anything the graphic pushed around would show here; only a font swap's sub-pixel reflow is allowed.
    expect(shifts.reduce((sum, s) => sum + s.value, 0)).toBeLessThan(0.01);
  });
}
