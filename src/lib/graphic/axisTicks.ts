import { type Domain, fromStoryDay, toStoryDay } from './timeWindow.ts';
import { MONTHS } from '../dates/monthNames.ts';

/** One labelled tick on the time axis. */
export interface AxisTick {
  /** ISO day of the tick, for `data-tick` and tests. */
  iso: string;
  /** Its position in story days. */
  day: number;
  label: string;
}

const DAY = 86_400_000;

/**
 * Steps from finest to coarsest: [days apart, labelled by day, every how many dates, before which
 * date, every how many months (0–11)] a tick falls, counting from the 1st and from January: every
 * day, every other day, the 1st, 8th, 15th and 22nd, the 1st and 15th, then the 1st of every month,
 * of every other month and of every quarter. Data, not functions: the widget's script is 4 KB.
 */
const STEPS: [number, boolean, number, number, number][] = [
  [1, true, 1, 32, 1],
  [2, true, 2, 32, 1],
  [7.6, true, 7, 29, 1],
  [15.2, true, 14, 29, 1],
  [30.4, false, 31, 32, 1],
  [61, false, 31, 32, 2],
  [91, false, 31, 32, 3],
];

/**
 * Ticks for a window of story days drawn `widthPx` wide, inside `limit` (the story's own days): the
 * finest step that keeps ticks at least `minGapPx` apart. Month ticks read "Jan 2021", "Feb"; day ticks
 * "2 Mar", with the month only on the first tick and where it changes ("2 Mar", "4", "6"…), as newsroom
 * axes do. The one tick generator of the project: the story, widgets and share images (which ask
 * for ticks at least 28 days apart, so every month) all use it.
 * Days are stepped by hand, not with d3-time: measured, d3-time's utcDay and utcMonth with every() and
 * filter() bundle to 2,728 B gzipped (esbuild --minify, gzip -9), and the widget's whole script must
 * stay within 4,096 B; this generator costs a few hundred bytes.
 */
export function axisTicks(origin: Date, domain: Domain, widthPx: number, limit: Domain, minGapPx = 56): AxisTick[] {
  const pxPerDay = widthPx / (domain[1] - domain[0]);
  const [, byDay, dates, before, months] = STEPS.find(([days]) => days * pxPerDay >= minGapPx) ?? STEPS[6];
  const from = fromStoryDay(Math.max(domain[0], limit[0]), origin).getTime();
  const to = fromStoryDay(Math.min(domain[1], limit[1]), origin).getTime();
  const ticks: AxisTick[] = [];
  let last = -1;
  for (let t = Math.ceil(from / DAY) * DAY; t < to; t += DAY) {
    const date = new Date(t);
    const [day, month] = [date.getUTCDate(), date.getUTCMonth()];
    if ((day - 1) % dates || day >= before || month % months) continue;
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
