import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../src/lib/axisTicks.ts';
import type { Domain } from '../../src/lib/timeWindow.ts';
import { windowTicks } from '../../src/lib/windowTicks.ts';

const origin = new Date('2021-01-01T00:00:00Z');
const limit: Domain = [0, 212];

describe('windowTicks', () => {
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
  ] as [string, Domain, number][])('gives the ticks axisTicks gives for %s', (_, domain, width) => {
    expect(windowTicks(origin, domain, width, limit)).toEqual(axisTicks(origin, domain, width, limit));
  });

  it('labels the month on the first day tick and wherever it changes', () => {
    expect(windowTicks(origin, [57, 64], 700, limit).map((t) => t.label)).toEqual([
      '27 Feb',
      '28',
      '1 Mar',
      '2',
      '3',
      '4',
      '5',
    ]);
  });
});
