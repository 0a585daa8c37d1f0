import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

type Scheme = 'light' | 'dark';

/** Every colour token in global.css, with its light and dark value from `light-dark(light, dark)`. */
function tokens(): Map<string, Record<Scheme, string>> {
  const declared = [...css.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)];
  return new Map(
    declared.map(([, name, value]) => {
      const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value.trim());
      expect(pair, `${name} is light-dark(#light, #dark)`).not.toBeNull();
      return [name, { light: pair![1], dark: pair![2] }];
    }),
  );
}

/** The declarations of every block for exactly `selector` in global.css, joined. */
function rule(selector: string): string {
  const blocks = css.split(`\n${selector} {`).slice(1);
  expect(blocks.length, `${selector} is in global.css`).toBeGreaterThan(0);
  return blocks.map((block) => block.slice(0, block.indexOf('}'))).join('');
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('colour schemes', () => {
  it('gives every colour token a light and a dark value, declared once', () => {
    const names = [...css.matchAll(/(--color-[\w-]+):/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
    expect(tokens().size).toBe(names.length);
  });

  it("follows the reader's preference unless data-theme forces one scheme", () => {
    expect(rule(':root')).toMatch(/color-scheme:\s*light dark;/);
    expect(rule(":root[data-theme='light']")).toMatch(/color-scheme:\s*light;/);
    expect(rule(":root[data-theme='dark']")).toMatch(/color-scheme:\s*dark;/);
    expect(css).not.toMatch(/prefers-color-scheme/);
  });
});

/** [foreground, background, least contrast]: 4.5:1 for text, 3:1 for marks, rules and focus rings (WCAG 1.4.3, 1.4.11). */
const PAIRS: [string, string, number][] = [
  ['ink', 'paper', 4.5],
  ['ink', 'band', 4.5],
  ['ink', 'band-active', 4.5],
  ['ink', 'contested-bg', 4.5],
  ['muted', 'paper', 4.5],
  ['muted', 'band', 4.5],
  ['contested', 'paper', 4.5],
  ['contested', 'contested-bg', 4.5],
  ['focus', 'paper', 3],
  ['rule-strong', 'paper', 3],
  ...['blue', 'red', 'teal', 'purple', 'orange', 'green'].flatMap((thread): [string, string, number][] => [
    [`thread-${thread}`, 'paper', 3],
    [`thread-${thread}`, 'band', 3],
  ]),
];

describe.each(['light', 'dark'] as const)('the %s scheme', (scheme) => {
  const colours = tokens();
  it.each(PAIRS)('keeps %s on %s at %s:1 or more', (fg, bg, least) => {
    const [a, b] = [colours.get(`--color-${fg}`), colours.get(`--color-${bg}`)];
    expect(a && b, `--color-${fg} and --color-${bg} exist`).toBeTruthy();
    expect(contrast(a![scheme], b![scheme])).toBeGreaterThanOrEqual(least);
  });
});
