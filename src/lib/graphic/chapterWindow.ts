import type { Domain } from './timeWindow.ts';

// The story's moving window, apart from timeWindow.ts so that widgets (which never move) do not ship it.

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
