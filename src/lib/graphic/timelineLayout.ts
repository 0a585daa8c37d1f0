import type { Chapter } from '../../schemas/story.ts';
import type { Thread } from '../../schemas/thread.ts';
import { type AxisTick, axisTicks } from './axisTicks.ts';
import { type BeforeSegment, beforeMargin, beforeSegment } from './beforeSegment.ts';
import { dayScale } from './dayScale.ts';
import { periodEnd } from '../dates/eventDate.ts';
import { placeBandLabels, placeEventLabels } from './graphicLabels.ts';
import type { PlacedLabel } from './labelPlacement.ts';
import { type Mark, timelineMarks } from './timelineMarks.ts';
import { type Domain, toStoryDay } from './timeWindow.ts';
import type { TimelineEvent } from '../model/timelineEvent.ts';

/** One lane of the graphic: a thread, top to bottom. */
export interface Lane {
  id: string;
  label: string;
  color: string;
}

/** A chapter's band behind the marks, in story days. */
export interface Band {
  id: string;
  title: string;
  span: Domain;
}

/** Everything the SVG needs: positions in story days, turned into percentages of the window by `at`. */
export interface TimelineLayout {
  /** The story's first day (ISO), day 0 of every position. */
  origin: string;
  /** The story's length in days: day `total` is the first instant after its last day. */
  total: number;
  /** The full story, with a little room at either end. */
  full: Domain;
  /** The window drawn by the server: the full story, or the one asked for. */
  domain: Domain;
  lanes: Lane[];
  bands: Band[];
  marks: Mark[];
  ticks: AxisTick[];
  /** Labels of key events, placed for `referenceWidth` pixels; the browser re-places them for the real width. */
  labels: PlacedLabel[];
  /** Chapter titles that fit, centred on their bands. */
  bandLabels: PlacedLabel[];
  /** The segment left of a break that holds the events from before the story's range, if any are drawn. */
  before: BeforeSegment | null;
  /** A position in the drawn window, as an SVG percentage ("41.2%"). */
  at: (day: number) => string;
  /** The width of a span of days in the drawn window, as an SVG percentage. */
  extent: (span: Domain) => string;
}

/** What to draw: a date window and a subset of threads (for embeds), and the width labels are placed for. */
export interface LayoutOptions {
  window?: readonly [string, string];
  threads?: readonly string[];
  referenceWidth?: number;
  labelRows?: number;
}

/**
 * Lays the story out on a UTC time axis: one lane per thread, one mark per event, a band per chapter, and the
 * events from before the story's range in a compact segment left of a break (beforeSegment.ts).
 */
export function layoutTimeline(
  story: { start: string; end: string; chapters: readonly Chapter[] },
  threads: readonly Thread[],
  events: readonly TimelineEvent[],
  { window, threads: only, referenceWidth = 480, labelRows = 2 }: LayoutOptions = {},
): TimelineLayout {
  const origin = new Date(`${story.start}T00:00:00Z`);
  const day = (iso: string, after = 0) => toStoryDay(new Date(`${iso}T00:00:00Z`), origin) + after;
  const total = day(story.end, 1);
  const lanes = threads
    .filter((t) => !only || only.includes(t.id))
    .map(({ id, label, color }) => ({ id, label, color }));
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const early = events.filter((e) => laneIndex.has(e.thread) && periodEnd(e.end ?? e.date) <= origin);
  const before = beforeSegment(early, total);
  const full: Domain = [before ? beforeMargin(before, total) : -total * 0.02, total * 1.02];
  const domain: Domain = window ? [day(window[0]), day(window[1], 1)] : full;
  // Percent of the drawn window: the SVG scales with its box, so it needs no width (and no JavaScript).
  const scale = dayScale(domain, [0, 100]);
  const marks = timelineMarks(events, laneIndex, origin, before?.days);
  const bands = story.chapters
    .filter((c) => !c.background)
    .map((c) => ({ id: c.id, title: c.title, span: [day(c.start), day(c.end, 1)] as const }));
  const space = { width: referenceWidth, rows: labelRows };
  return {
    origin: story.start,
    full,
    domain,
    lanes,
    bands,
    marks,
    ticks: axisTicks(origin, domain, referenceWidth, [0, total]),
    total,
    labels: placeEventLabels(marks, domain, space),
    bandLabels: placeBandLabels(bands, domain, space),
    before,
    at: scale.pct,
    extent: scale.extent,
  };
}
