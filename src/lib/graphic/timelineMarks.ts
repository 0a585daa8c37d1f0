import { type EventDate, periodEnd } from '../dates/eventDate.ts';
import { shortTitle } from './shortTitle.ts';
import { toStoryDay } from './timeWindow.ts';
import type { TimelineEvent } from '../model/timelineEvent.ts';

/** One event's mark, positioned in story days: a dot, with a bar behind it for a span. */
export interface Mark {
  id: string;
  title: string;
  /** The headline shortened for a label in the graphic. */
  label: string;
  dateLabel: string;
  thread: string;
  /** The index of its lane, top to bottom. */
  lane: number;
  importance: number;
  chapter: string;
  /** Where the dot goes: the middle of a day or month, or the exact moment. */
  day: number;
  /** The span's first and last instants, when the event has an end. */
  span?: readonly [number, number];
  /** A month-only or approximate date, drawn as an open ring. */
  uncertain: boolean;
}

/**
 * Marks for the events that sit on a lane, left to right by where their dots are (the order Tab follows).
 * Events before the story's range are drawn at their place in the "before" segment (`early`), without a span.
 */
export function timelineMarks(
  events: readonly TimelineEvent[],
  laneIndex: ReadonlyMap<string, number>,
  origin: Date,
  early: ReadonlyMap<string, number> = new Map(),
) {
  return events
    .filter((e) => laneIndex.has(e.thread))
    .map((e): Mark => ({
      id: e.id,
      title: e.title,
      label: shortTitle(e.title),
      dateLabel: e.dateLabel,
      thread: e.thread,
      lane: laneIndex.get(e.thread)!,
      importance: e.importance,
      chapter: e.chapter,
      day: early.get(e.id) ?? toStoryDay(dotInstant(e.date), origin),
      span:
        e.end && !early.has(e.id)
          ? [toStoryDay(e.date.start, origin), toStoryDay(periodEnd(e.end), origin)]
          : undefined,
      uncertain: e.approximate || e.date.precision === 'month',
    }))
    .sort((a, b) => a.day - b.day || a.lane - b.lane);
}

/** A moment is drawn where it happened; a day or a month at its middle, so its dot sits inside it. */
function dotInstant(date: EventDate): Date {
  if (date.precision === 'minute') return date.start;
  return new Date((date.start.getTime() + periodEnd(date).getTime()) / 2);
}
