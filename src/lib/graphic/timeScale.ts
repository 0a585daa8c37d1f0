/* eslint-disable no-restricted-imports -- until one dependency-free day scale replaces this (issue 14); the client does not import it */
import { type ScaleTime, scaleUtc } from 'd3-scale';
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/** A UTC time scale from the first instant of `start` to the end of `end` (both YYYY-MM-DD). */
export function storyTimeScale(start: string, end: string, range: [number, number]): ScaleTime<number, number> {
  const to = new Date(`${end}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return scaleUtc()
    .domain([new Date(`${start}T00:00:00Z`), to])
    .range(range);
}

/** One labelled tick on the time axis. */
export interface Tick {
  /** ISO day of the tick, for `<time datetime>`. */
  iso: string;
  x: number;
  label: string;
}

const monthName = utcFormat('%b');
const monthYear = utcFormat('%b %Y');

/** A tick at the start of every month in the domain; the first and each January carry the year. */
export function monthTicks(scale: ScaleTime<number, number>): Tick[] {
  const [from, to] = scale.domain();
  return utcMonth.range(utcMonth.ceil(from), to).map((date, i) => ({
    iso: date.toISOString().slice(0, 10),
    x: scale(date),
    label: i === 0 || date.getUTCMonth() === 0 ? monthYear(date) : monthName(date),
  }));
}
