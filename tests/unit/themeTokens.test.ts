import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/styles/global.css', 'utf8');

/** The colour tokens declared in the first block that follows `opening`. */
function tokens(opening: string): Record<string, string> {
  const start = css.indexOf(opening);
  expect(start, `${opening} is in global.css`).toBeGreaterThan(-1);
  const body = css.slice(start + opening.length, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

describe('forced colour schemes', () => {
  it('data-theme="light" sets every light token to its value in @theme', () => {
    const light = tokens('@theme {');
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(tokens(":root[data-theme='light'] {")).toEqual(light);
  });

  it('data-theme="dark" sets every token the dark preference sets, to the same value', () => {
    const dark = tokens('@media (prefers-color-scheme: dark) {\n  :root {');
    expect(Object.keys(dark).length).toBeGreaterThan(10);
    expect(tokens(":root[data-theme='dark'] {")).toEqual(dark);
  });
});
