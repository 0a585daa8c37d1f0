import type { Domain } from './timeWindow.ts';

/** Events drawn left of the break: those whose period ends before the story's first day. */
interface Early {
  id: string;
  date: { start: Date };
}

/**
 * The compact "before" segment of a broken axis: a strip left of the story's axis, past a break, holding the
 * events from before the story's range in reading order, evenly spaced (not to scale), labelled with their years.
 * It sits in story days left of day 0, so every existing day-to-x mapping draws it and the main scale is unchanged.
 */
export interface BeforeSegment {
  /** The chapter of its events, so the story can show the segment while one of them is active. */
  chapter: string;
  /** The days it covers on the drawing (not real dates), left of the break. */
  span: Domain;
  /** Its own axis label: the years of its events, "2018–20". */
  label: string;
  /** Where each of its events is drawn, by id, in the same drawing days. */
  days: ReadonlyMap<string, number>;
}

/** The segment's width and the break's, as fractions of the story's length, and the margin left of it. */
const WIDTH = 0.2;
const BREAK = 0.05;
const MARGIN = 0.01;

/** Lays out the events before the story's range (in reading order) left of the axis; null when there are none. */
export function beforeSegment(early: readonly (Early & { chapter: string })[], total: number): BeforeSegment | null {
  if (early.length === 0) return null;
  const end = -total * (0.02 + BREAK);
  const span: Domain = [end - total * WIDTH, end];
  const step = (span[1] - span[0]) / early.length;
  const days = new Map(early.map((e, i) => [e.id, Math.round((span[0] + step * (i + 0.5)) * 100) / 100]));
  return { chapter: early[0].chapter, span, label: yearsLabel(early), days };
}

/** The left edge of a drawing that has a segment: a small margin before it. */
export function beforeMargin(segment: BeforeSegment, total: number): number {
  return segment.span[0] - total * MARGIN;
}

/** "2018–20", "2019" or "1999–2001": the first and last years, the second shortened when the century is shared. */
function yearsLabel(early: readonly Early[]): string {
  const years = early.map((e) => e.date.start.getUTCFullYear());
  const [first, last] = [Math.min(...years), Math.max(...years)];
  if (first === last) return String(first);
  const sameCentury = Math.floor(first / 100) === Math.floor(last / 100);
  return `${first}–${sameCentury ? String(last).slice(2) : last}`;
}
