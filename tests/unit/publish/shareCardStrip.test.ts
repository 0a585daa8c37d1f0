import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CardNode, shareCardStrip, stripBackdrop, THREAD_HEX } from '../../../src/lib/publish/shareCardStrip.ts';

const range = { start: '2021-01-01', end: '2021-07-31' };
const dotsOf = (strip: CardNode) =>
  (strip.props.children as CardNode[]).filter((c) => c.props.style?.borderRadius === '50%');

describe('shareCardStrip', () => {
  const current = { start: new Date('2021-03-02T00:00:00Z'), color: 'blue', lane: 0 } as const;
  const content = {
    range,
    lanes: 3,
    marks: [
      current,
      { start: new Date('2021-03-02T00:00:00Z'), color: 'teal', lane: 2 },
      { start: new Date('2018-12-20T00:00:00Z'), color: 'purple', lane: 1 },
    ],
    current,
  } as const;
  const strip = shareCardStrip(content, 1000);
  const dots = dotsOf(strip);

  it("leaves out events before the story begins, and rings the card's own event over its dimmed dot", () => {
    expect(dots).toHaveLength(3);
    expect(dots.filter((d) => d.props.style?.opacity === 0.55)).toHaveLength(2);
  });

  it('draws the same backdrop for every event card, so a build can draw it once', () => {
    const other = { ...content, current: content.marks[1] };
    expect(stripBackdrop(other, 1000)).toEqual(stripBackdrop(content, 1000));
  });

  it('puts a ready-drawn backdrop image under the ringed dot instead of laying out every dot again', () => {
    const withImage = shareCardStrip(content, 1000, 'data:image/png;base64,AAAA');
    const children = withImage.props.children as CardNode[];
    expect(children.map((c) => c.type)).toEqual(['img', 'div']);
    expect(children[0].props).toMatchObject({ src: 'data:image/png;base64,AAAA', width: 1000 });
  });

  it("puts each dot in its thread's row", () => {
    const top = (color: string) => Number(dots.find((d) => d.props.style?.backgroundColor === color)!.props.style!.top);
    const centre = (color: string, r: number) => top(color) + r;
    expect(centre(THREAD_HEX.teal, 4.5)).toBeGreaterThan(centre(THREAD_HEX.blue, 11));
  });

  it("draws the card's own event last, so nothing covers it", () => {
    expect(dots.at(-1)!.props.style!.backgroundColor).toBe(THREAD_HEX.blue);
  });
});

describe('THREAD_HEX', () => {
  it('matches the light theme tokens in src/styles/global.css, so cards and pages agree', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    for (const [name, hex] of Object.entries(THREAD_HEX)) {
      const first = new RegExp(`--color-thread-${name}:\\s*light-dark\\(\\s*(#[0-9a-f]{3,8})`, 'i').exec(css);
      expect(first?.[1].toLowerCase(), name).toBe(hex);
    }
  });
});
