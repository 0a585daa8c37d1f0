import { describe, expect, it } from 'vitest';
import { dayScale, percentOf } from '../../../src/lib/graphic/dayScale.ts';

// Every expectation below is worked out by hand.
describe('dayScale', () => {
  it('puts the window’s first day at the start of the range, its end at the end and its middle halfway', () => {
    const { px } = dayScale([10, 20], [0, 500]);
    expect([px(10), px(15), px(20)]).toEqual([0, 250, 500]);
  });

  it('keeps a range that starts past zero, as the share image’s strip does (4 px in from the left)', () => {
    const { px } = dayScale([0, 212], [4, 1184]);
    expect(px(0)).toBe(4);
    expect(px(106)).toBe(594);
    expect(px(212)).toBe(1184);
  });

  it('writes positions as percentages of the range, rounded to a hundredth', () => {
    const { pct } = dayScale([0, 212], [0, 800]);
    expect(pct(53)).toBe('25%');
    // 1 / 212 = 0.4716…%
    expect(pct(1)).toBe('0.47%');
    expect(dayScale([0, 212], [4, 804]).pct(53)).toBe('25%');
  });

  it('gives the length of a span of days as a percentage of the range', () => {
    expect(dayScale([10, 20], [0, 400]).extent([12, 15])).toBe('30%');
    expect(dayScale([0, 3], [0, 100]).extent([0, 1])).toBe('33.33%');
  });

  it('turns a position back into its day', () => {
    const scale = dayScale([10, 20], [0, 500]);
    expect(scale.invert(250)).toBe(15);
    expect(scale.invert(-50)).toBe(9);
    expect(scale.invert(scale.px(17.25))).toBeCloseTo(17.25, 10);
  });
});

describe('percentOf', () => {
  it('rounds to a hundredth of a percent', () => {
    expect(percentOf(1, 3)).toBe('33.33%');
    expect(percentOf(2, 3)).toBe('66.67%');
    expect(percentOf(-30, 600)).toBe('-5%');
  });
});
