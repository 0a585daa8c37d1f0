import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create, type Font } from 'fontkit';
import { afterAll, describe, expect, test } from 'vitest';
import { WEIGHTS, webFont } from '../../../src/build/webFonts.ts';

const cache = mkdtempSync(join(tmpdir(), 'web-fonts-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const open = (path: string) => create(readFileSync(path)) as Font;
const source = (style: string) =>
  `node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-${style}.woff2`;

describe.each(['normal', 'italic'] as const)('the serif face, %s', (style) => {
  test('keeps every character, glyph and OpenType feature of the original, and every weight the site sets', async () => {
    const original = open(source(style));
    const narrowed = open(await webFont('source-serif-4', style, cache));
    expect(narrowed.characterSet.length).toBeGreaterThan(200);
    expect([...narrowed.characterSet].sort()).toEqual([...original.characterSet].sort());
    expect(narrowed.numGlyphs).toBe(original.numGlyphs);
    expect([...narrowed.availableFeatures].sort()).toEqual([...original.availableFeatures].sort());
    // The default master is the regular weight, as before: text at 400 is drawn from the same outlines.
    expect(narrowed.variationAxes.wght).toMatchObject({ min: WEIGHTS.min, default: 400, max: WEIGHTS.max });
    expect(original.variationAxes.wght?.default).toBe(400);
  });

  test('is smaller than the original', async () => {
    const narrowed = statSync(await webFont('source-serif-4', style, cache)).size;
    expect(narrowed).toBeLessThan(statSync(source(style)).size * 0.8);
  });
});

test('is made once and then read from the cache, under a name that changes with the source', async () => {
  const first = await webFont('source-serif-4', 'normal', cache);
  const made = statSync(first).mtimeMs;
  const again = await webFont('source-serif-4', 'normal', cache);
  expect(again).toBe(first);
  expect(statSync(again).mtimeMs).toBe(made);
  expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  expect(first).toMatch(/source-serif-4-normal-[0-9a-f]{16}\.woff2$/);
});
