import type { Chapter } from '../schemas/story.ts';
import type { Thread } from '../schemas/thread.ts';
import { periodEnd } from './eventDate.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { monthTicks, storyTimeScale, type Tick } from './timeScale.ts';

/** One lane of the graphic: a thread and the vertical centre of its row. */
export interface Lane {
  id: string;
  label: string;
  color: string;
  y: number;
}

/** One event's mark: a dot at its start, or a bar from x to x2 for a span. */
export interface Mark {
  id: string;
  title: string;
  dateLabel: string;
  thread: string;
  color: string;
  importance: number;
  x: number;
  /** The end of a span; absent for a single date. */
  x2?: number;
  y: number;
}

/** A chapter's band behind the marks. */
export interface Band {
  id: string;
  title: string;
  x: number;
  x2: number;
}

/** Everything the SVG needs, in viewBox units. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** The top of the axis line. */
  axisY: number;
  lanes: Lane[];
  ticks: Tick[];
  bands: Band[];
  marks: Mark[];
}

/** Sizes of the graphic, in viewBox units. */
export interface LayoutOptions {
  width: number;
  laneHeight: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

const DEFAULTS: LayoutOptions = { width: 960, laneHeight: 28, margin: { top: 28, right: 16, bottom: 28, left: 16 } };

/** Lays the story out on a UTC time axis: one lane per thread, one mark per event, a band per chapter. */
export function layoutTimeline(
  story: { start: string; end: string; chapters: readonly Chapter[] },
  threads: readonly Thread[],
  events: readonly TimelineEvent[],
  options: Partial<LayoutOptions> = {},
): TimelineLayout {
  const { width, laneHeight, margin } = { ...DEFAULTS, ...options };
  const x = storyTimeScale(story.start, story.end, [margin.left, width - margin.right]);
  const lanes = threads.map((t, i) => ({
    id: t.id,
    label: t.label,
    color: t.color,
    y: margin.top + laneHeight * (i + 0.5),
  }));
  const laneOf = new Map(lanes.map((l) => [l.id, l]));
  const axisY = margin.top + laneHeight * lanes.length;
  const bands = story.chapters
    .filter((c) => !c.background)
    .map((c) => ({ id: c.id, title: c.title, x: x(new Date(`${c.start}T00:00:00Z`)), x2: x(dayAfter(c.end)) }));
  const marks = events
    .filter((e) => !e.background && laneOf.has(e.thread))
    .map((e) => {
      const lane = laneOf.get(e.thread)!;
      const span = e.end ? { x2: x(periodEnd(e.end)) } : {};
      return {
        id: e.id,
        title: e.title,
        dateLabel: e.dateLabel,
        thread: e.thread,
        color: lane.color,
        importance: e.importance,
        x: x(e.date.start),
        y: lane.y,
        ...span,
      };
    });
  return { width, height: axisY + margin.bottom, axisY, lanes, ticks: monthTicks(x), bands, marks };
}

function dayAfter(day: string): Date {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}
