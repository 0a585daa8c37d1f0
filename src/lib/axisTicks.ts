import { type TimeInterval, utcDay, utcMonth } from 'd3-time';
import { type Domain, fromStoryDay, toStoryDay } from './timeWindow.ts';

/** One labelled tick on the time axis. */
export interface AxisTick {
  /** ISO day of the tick, for `data-tick` and tests. */
  iso: string;
  /** Its position in story days. */
  day: number;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Intervals from finest to coarsest; each knows how to label its ticks. */
const STEPS: { interval: TimeInterval; days: number; byDay: boolean }[] = [
  { interval: utcDay, days: 1, byDay: true },
  { interval: utcDay.every(2)!, days: 2, byDay: true },
  { interval: utcDay.filter((d) => [1, 8, 15, 22].includes(d.getUTCDate())), days: 7.6, byDay: true },
  { interval: utcDay.filter((d) => [1, 15].includes(d.getUTCDate())), days: 15.2, byDay: true },
  { interval: utcMonth, days: 30.4, byDay: false },
  { interval: utcMonth.every(2)!, days: 61, byDay: false },
  { interval: utcMonth.every(3)!, days: 91, byDay: false },
];

/**
 * Ticks for a window of story days drawn `widthPx` wide, inside `limit` (the story's own days): the
 * finest interval that keeps ticks at least `minGapPx` apart. Month ticks read "Jan 2021", "Feb"; day ticks "2 Mar", with the month
 * only on the first tick and where it changes ("2 Mar", "4", "6"…), as newsroom axes do.
 */
export function axisTicks(origin: Date, domain: Domain, widthPx: number, limit: Domain, minGapPx = 56): AxisTick[] {
  const pxPerDay = widthPx / (domain[1] - domain[0]);
  const step = STEPS.find((s) => s.days * pxPerDay >= minGapPx) ?? STEPS[STEPS.length - 1];
  const from = fromStoryDay(Math.max(domain[0], limit[0]), origin);
  const to = fromStoryDay(Math.min(domain[1], limit[1]), origin);
  let lastMonth = -1;
  return step.interval.range(step.interval.ceil(from), to).map((date, i) => {
    const month = date.getUTCMonth();
    const showMonth = i === 0 || month !== lastMonth;
    lastMonth = month;
    const label = step.byDay
      ? `${date.getUTCDate()}${showMonth ? ` ${MONTHS[month]}` : ''}`
      : `${MONTHS[month]}${i === 0 || month === 0 ? ` ${date.getUTCFullYear()}` : ''}`;
    return { iso: date.toISOString().slice(0, 10), day: toStoryDay(date, origin), label };
  });
}
