import type { Domain } from './timeWindow.ts';

/** A linear map from story days to positions, and back: the one place a day becomes an x. */
export interface DayScale {
  /** The position of `day` in the range (a pixel, or a percent for a 0–100 range). */
  px: (day: number) => number;
  /** The position of `day` as an SVG percentage of the range's length ("41.2%"). */
  pct: (day: number) => string;
  /** The length of a span of days as an SVG percentage of the range's length. */
  extent: (span: Domain) => string;
  /** The story day at a position: the inverse of `px`. */
  invert: (x: number) => number;
}

/** `part` of `whole` as a percentage rounded to a hundredth ("41.27%"): small HTML, steady under a pixel. */
export function percentOf(part: number, whole: number): string {
  return `${Math.round((part / whole) * 10_000) / 100}%`;
}

/** The scale that lays the window `domain` of story days over `range`: a drawing's pixels, or 0–100 for percent. */
export function dayScale(domain: Domain, range: readonly [number, number]): DayScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const px = (day: number) => r0 + (day - d0) * k;
  return {
    px,
    pct: (day) => percentOf(px(day) - r0, r1 - r0),
    extent: (span) => percentOf((span[1] - span[0]) * k, r1 - r0),
    invert: (x) => d0 + (x - r0) / k,
  };
}
