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

/** The window that frames a chapter: its days with a margin either side, never narrower than `minDays`. */
export function chapterWindow(chapter: Domain, full: Domain, minDays = 6): Domain {
  const length = Math.max(chapter[1] - chapter[0], minDays);
  const centre = (chapter[0] + chapter[1]) / 2;
  const half = (length * 1.16) / 2;
  const from = Math.max(full[0], centre - half);
  const to = Math.min(full[1], centre + half);
  return [from, to];
}

/** The window a fraction `k` (0–1) of the way from `a` to `b`, for transitions between windows. */
export function lerpDomain(a: Domain, b: Domain, k: number): Domain {
  return [a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k];
}
