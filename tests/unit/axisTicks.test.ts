import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/lib/axisTicks.ts';
import { storyTimeScale } from '../../src/lib/timeScale.ts';
import { percentIn, toStoryDay } from '../../src/lib/timeWindow.ts';

const origin = new Date('2021-01-01T00:00:00Z');

describe('axisTicks', () => {
  it('labels months over the whole story, with the year on the first', () => {
    const ticks = axisTicks(origin, [-4, 216], 480, [0, 212]);
    expect(ticks.map((t) => t.label)).toEqual(['Jan 2021', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
    expect(ticks[2].iso).toBe('2021-03-01');
  });

  it('switches to days in a short window, with the month where it changes', () => {
    const ticks = axisTicks(origin, [toStoryDay(new Date('2021-02-27T00:00:00Z'), origin), 68], 700, [0, 212]);
    expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(['27 Feb', '28', '1 Mar']);
  });

  it('keeps ticks far enough apart for their labels at any width', () => {
    for (const width of [280, 390, 560, 900]) {
      const domain = [50, 80] as const;
      const ticks = axisTicks(origin, domain, width, [0, 212]);
      const xs = ticks.map((t) => ((t.day - domain[0]) / (domain[1] - domain[0])) * width);
      for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(56 * 0.9);
    }
  });

  it('draws no tick outside the story, even in a padded window', () => {
    const ticks = axisTicks(origin, [-30, 240], 900, [0, 212]);
    expect(ticks.every((t) => t.day >= 0 && t.day <= 212)).toBe(true);
  });
});

describe('percentIn', () => {
  it('agrees with the d3 UTC scale the build uses', () => {
    const scale = storyTimeScale('2021-01-01', '2021-07-31', [0, 100]);
    for (const iso of ['2021-01-01', '2021-03-02T22:00:00Z', '2021-07-19T11:00:00Z']) {
      const date = new Date(iso);
      expect(percentIn([0, 212], toStoryDay(date, origin))).toBeCloseTo(scale(date), 1);
    }
  });
});
