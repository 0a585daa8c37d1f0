import { type TimeInterval, utcDay, utcMonth } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { type AxisTick, axisTicks } from '../../../src/lib/graphic/axisTicks.ts';
import { storyTimeScale } from '../../../src/lib/graphic/timeScale.ts';
import { type Domain, fromStoryDay, percentIn, toStoryDay } from '../../../src/lib/graphic/timeWindow.ts';

const origin = new Date('2021-01-01T00:00:00Z');
const limit: Domain = [0, 212];

/** The same ticks built on d3-time's intervals, as the story drew them before widgets needed them without d3. */
function d3Ticks(domain: Domain, widthPx: number, minGapPx = 56): AxisTick[] {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const steps: { interval: TimeInterval; days: number; byDay: boolean }[] = [
    { interval: utcDay, days: 1, byDay: true },
    { interval: utcDay.every(2)!, days: 2, byDay: true },
    { interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())), days: 7.6, byDay: true },
    { interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())), days: 15.2, byDay: true },
    { interval: utcMonth, days: 30.4, byDay: false },
    { interval: utcMonth.every(2)!, days: 61, byDay: false },
    { interval: utcMonth.every(3)!, days: 91, byDay: false },
  ];
  const pxPerDay = widthPx / (domain[1] - domain[0]);
  const step = steps.find((s) => s.days * pxPerDay >= minGapPx) ?? steps[steps.length - 1];
  const from = fromStoryDay(Math.max(domain[0], limit[0]), origin);
  const to = fromStoryDay(Math.min(domain[1], limit[1]), origin);
  let lastMonth = -1;
  return step.interval.range(step.interval.ceil(from), to).map((date, i) => {
    const month = date.getUTCMonth();
    const showMonth = i === 0 || month !== lastMonth;
    lastMonth = month;
    const label = step.byDay
      ? `${date.getUTCDate()}${showMonth ? ` ${months[month]}` : ''}`
      : `${months[month]}${i === 0 || month === 0 ? ` ${date.getUTCFullYear()}` : ''}`;
    return { iso: date.toISOString().slice(0, 10), day: toStoryDay(date, origin), label };
  });
}

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

  it.each([
    ['the whole story on a phone', [-4.2, 216.2], 320],
    ['the whole story on a desktop', [-4.2, 216.2], 1200],
    ['a month', [59, 90], 320],
    ['a month, wide', [59, 90], 1200],
    ['two weeks', [62.3, 76.7], 640],
    ['three days', [60.5, 63.5], 320],
    ['a day', [60, 61], 1200],
    ['half a year at a width that asks for quarters', [0, 212], 150],
    ['a window past the story', [200, 260], 800],
  ] as [string, Domain, number][])("gives the ticks d3-time's intervals give for %s", (_, domain, width) => {
    expect(axisTicks(origin, domain, width, limit)).toEqual(d3Ticks(domain, width));
  });

  it('labels the month on the first day tick and wherever it changes', () => {
    expect(axisTicks(origin, [57, 64], 700, limit).map((t) => t.label)).toEqual([
      '27 Feb',
      '28',
      '1 Mar',
      '2',
      '3',
      '4',
      '5',
    ]);
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
