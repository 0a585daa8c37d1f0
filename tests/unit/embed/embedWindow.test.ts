import { describe, expect, it } from 'vitest';
import { inWindow, windowDays, zoomDomain } from '../../../src/lib/embed/embedWindow.ts';

const full = [-4, 216] as const;

describe('windowDays', () => {
  it('runs from the first instant of "from" to the end of "to", in story days', () => {
    expect(windowDays({ from: '2021-03-01', to: '2021-03-31' }, '2021-01-01', full)).toEqual([59, 90]);
  });

  it("gives an open end the story's own", () => {
    expect(windowDays({ from: '2021-07-01' }, '2021-01-01', full)).toEqual([181, 216]);
    expect(windowDays({ to: '2021-01-31' }, '2021-01-01', full)).toEqual([-4, 31]);
  });

  it('is null when no window was asked for', () => {
    expect(windowDays({}, '2021-01-01', full)).toBeNull();
  });
});

describe('inWindow', () => {
  it('includes the first day and excludes the day after the last', () => {
    expect(inWindow(59, [59, 90])).toBe(true);
    expect(inWindow(89.99, [59, 90])).toBe(true);
    expect(inWindow(90, [59, 90])).toBe(false);
    expect(inWindow(58.5, [59, 90])).toBe(false);
  });
});

describe('zoomDomain', () => {
  it('leaves room either side so marks at the edges are drawn whole', () => {
    const [a, b] = zoomDomain([59, 90]);
    expect(a).toBeLessThan(59);
    expect(b).toBeGreaterThan(90);
  });

  it('keeps at least half a day either side of a one-day window', () => {
    expect(zoomDomain([60, 61])).toEqual([59.5, 61.5]);
  });
});
