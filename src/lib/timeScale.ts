import { type ScaleTime, scaleUtc } from 'd3-scale';

/** A UTC time scale from the first instant of `start` to the end of `end` (both YYYY-MM-DD). */
export function storyTimeScale(start: string, end: string, range: [number, number]): ScaleTime<number, number> {
  const to = new Date(`${end}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return scaleUtc()
    .domain([new Date(`${start}T00:00:00Z`), to])
    .range(range);
}
