import type { AxisTick } from './axisTicks.ts';
import { type Domain, fromStoryDay, toStoryDay } from './timeWindow.ts';
import { MONTHS } from './windowLabel.ts';

const DAY = 86_400_000;

/** The steps of axisTicks, finest first: [days apart, labelled by day, which days (date, month 0–11) carry a tick]. */
const STEPS: [number, boolean, (date: number, month: number) => boolean][] = [
  [1, true, () => true],
  [2, true, (d) => d % 2 === 1],
  [7.6, true, (d) => d % 7 === 1 && d < 29],
  [15.2, true, (d) => d === 1 || d === 15],
  [30.4, false, (d) => d === 1],
  [61, false, (d, m) => d === 1 && m % 2 === 0],
  [91, false, (d, m) => d === 1 && m % 3 === 0],
];

/**
 * The same ticks as axisTicks, without d3-time: widgets redraw their axis in the browser under a
 * 4 KB budget that d3-time alone would use up. A unit test keeps the two identical.
 */
export function windowTicks(origin: Date, domain: Domain, widthPx: number, limit: Domain, minGapPx = 56): AxisTick[] {
  const pxPerDay = widthPx / (domain[1] - domain[0]);
  const [, byDay, keep] = STEPS.find(([days]) => days * pxPerDay >= minGapPx) ?? STEPS[STEPS.length - 1];
  const from = fromStoryDay(Math.max(domain[0], limit[0]), origin).getTime();
  const to = fromStoryDay(Math.min(domain[1], limit[1]), origin).getTime();
  const ticks: AxisTick[] = [];
  let last = -1;
  for (let t = Math.ceil(from / DAY) * DAY; t < to; t += DAY) {
    const date = new Date(t);
    const [day, month] = [date.getUTCDate(), date.getUTCMonth()];
    if (!keep(day, month)) continue;
    const name = MONTHS[month].slice(0, 3);
    const first = ticks.length === 0;
    const label = byDay
      ? `${day}${first || month !== last ? ` ${name}` : ''}`
      : `${name}${first || month === 0 ? ` ${date.getUTCFullYear()}` : ''}`;
    last = month;
    ticks.push({ iso: date.toISOString().slice(0, 10), day: toStoryDay(date, origin), label });
  }
  return ticks;
}
