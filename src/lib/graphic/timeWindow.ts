/**
 * The graphic's visible time window. Positions are kept in "story days" (days since the story's
 * first day, fractional) so the build and the browser share one small, dependency-free mapping
 * (`dayScale.ts` turns them into positions).
 */

/** A window of story days: [first, last). */
export type Domain = readonly [number, number];

const DAY = 86_400_000;

/** Days since `origin` (UTC midnight), fractional, rounded to a hundredth to keep the HTML small. */
export function toStoryDay(date: Date, origin: Date): number {
  return Math.round(((date.getTime() - origin.getTime()) / DAY) * 100) / 100;
}

/** The instant `day` story days after `origin`. */
export function fromStoryDay(day: number, origin: Date): Date {
  return new Date(origin.getTime() + day * DAY);
}
