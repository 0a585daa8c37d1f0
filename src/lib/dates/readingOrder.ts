import { type EventDate, periodEnd } from './eventDate.ts';

/** What the reading order looks at: an event's dates, importance and id. */
interface Ordered {
  id: string;
  date: EventDate;
  end?: EventDate;
  importance: number;
}

/**
 * The time an event covers, in UTC milliseconds: from the first instant of its month, day (a UTC day, as a day
 * carries no zone) or minute to the first instant after its `end`'s period, or after its own for a single date.
 */
export function eventPeriod(e: Pick<Ordered, 'date' | 'end'>): readonly [number, number] {
  return [e.date.start.getTime(), periodEnd(e.end ?? e.date).getTime()];
}

/**
 * The time part of the reading order (docs/editing.md, "The order of events"): by the instant a period begins,
 * so an event that ends before another begins always comes first. Periods that begin together: the longer
 * first (a month before its first day, a day before a time at its midnight), then the more important, then by id.
 */
export function compareByPeriod(a: Ordered, b: Ordered): number {
  const [aStart, aEnd] = eventPeriod(a);
  const [bStart, bEnd] = eventPeriod(b);
  return aStart - bStart || bEnd - aEnd || b.importance - a.importance || a.id.localeCompare(b.id);
}
