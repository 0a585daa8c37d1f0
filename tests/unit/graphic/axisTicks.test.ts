import { describe, expect, it } from 'vitest';
import { axisTicks } from '../../../src/lib/graphic/axisTicks.ts';
import { type Domain, toStoryDay } from '../../../src/lib/graphic/timeWindow.ts';

const origin = new Date('2021-01-01T00:00:00Z');
const limit: Domain = [0, 212];

/** Labels and ISO days of ticks, the two things a reader and the markup see. */
const seen = (domain: Domain, width: number, minGapPx?: number, within = limit) =>
  axisTicks(origin, domain, width, within, minGapPx).map((t) => `${t.iso} ${t.label}`);

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

  // Expectations worked out by hand from a calendar of 2021 (day 59 is 1 March, day 181 is 1 July, day 212 is 1 August).
  it('steps by two months for the whole story on a phone (1.45 px a day: one month is 44 px, too close)', () => {
    expect(seen([-4.2, 216.2], 320)).toEqual([
      '2021-01-01 Jan 2021',
      '2021-03-01 Mar',
      '2021-05-01 May',
      '2021-07-01 Jul',
    ]);
  });

  it('steps by half months for the whole story on a desktop, labelling the month on the 1st', () => {
    const labels = seen([-4.2, 216.2], 1200).map((t) => t.slice(11));
    expect(labels).toEqual([
      '1 Jan',
      '15',
      '1 Feb',
      '15',
      '1 Mar',
      '15',
      '1 Apr',
      '15',
      '1 May',
      '15',
      '1 Jun',
      '15',
      '1 Jul',
      '15',
    ]);
  });

  it('steps by weeks (the 1st, 8th, 15th and 22nd) through one month on a phone', () => {
    expect(seen([59, 90], 320)).toEqual(['2021-03-01 1 Mar', '2021-03-08 8', '2021-03-15 15', '2021-03-22 22']);
  });

  it('steps by days in a three-day window, starting at the first whole day inside it', () => {
    expect(seen([60.5, 63.5], 320)).toEqual(['2021-03-03 3 Mar', '2021-03-04 4', '2021-03-05 5']);
  });

  it('steps by quarters when even two months are too close', () => {
    expect(seen([0, 212], 150)).toEqual(['2021-01-01 Jan 2021', '2021-04-01 Apr', '2021-07-01 Jul']);
  });

  it('stops at the end of the story in a window that runs past it', () => {
    expect(seen([200, 260], 800)).toEqual(['2021-07-22 22 Jul']);
  });

  it('names the year again on January', () => {
    expect(seen([300, 420], 300, undefined, [0, 500])).toEqual([
      '2021-11-01 Nov 2021',
      '2021-12-01 Dec',
      '2022-01-01 Jan 2022',
      '2022-02-01 Feb',
    ]);
  });

  it('gives a tick every month when asked for ticks at least 28 days apart, however wide the drawing', () => {
    expect(seen([0, 212], 2400, (28 * 2400) / 212).map((t) => t.slice(11))).toEqual([
      'Jan 2021',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
    ]);
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
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.filter((t) => t.day < 0 || t.day > 212)).toEqual([]);
  });
});
