import type { EventData } from '../schemas/event.ts';
import type { Chapter } from '../schemas/story.ts';
import { chapterFor, localDay } from './chapters.ts';
import { compareEventDates, type EventDate, parseEventDate } from './eventDate.ts';
import { formatEventSpan } from './formatDate.ts';

/** An event ready for display: validated frontmatter with its dates parsed once and its chapter resolved. */
export interface TimelineEvent extends Omit<EventData, 'date' | 'end'> {
  /** The file name without .mdx; stable, used in URLs, hashes and embeds. */
  id: string;
  date: EventDate;
  end?: EventDate;
  /** The chapter it belongs to (explicit, or the first whose dates contain it). */
  chapter: string;
  /** The date as readers see it: "2 March 2021, 14:00 PST", "18 January – 8 February 2021". */
  dateLabel: string;
}

/**
 * Builds display events from validated entries, in reading order: by chapter, then by day; on a shared day
 * the more important event leads (an all-day event has no place among timed ones), then by instant, then id.
 */
export function toTimelineEvents(
  entries: readonly { id: string; data: EventData }[],
  chapters: readonly Chapter[],
): TimelineEvent[] {
  const order = new Map(chapters.map((c, i) => [c.id, i]));
  return entries
    .map(({ id, data }) => toTimelineEvent(id, data, chapters))
    .sort(
      (a, b) =>
        (order.get(a.chapter) ?? 0) - (order.get(b.chapter) ?? 0) ||
        localDay(a.date).localeCompare(localDay(b.date)) ||
        b.importance - a.importance ||
        compareEventDates(a.date, b.date) ||
        a.id.localeCompare(b.id),
    );
}

function toTimelineEvent(id: string, data: EventData, chapters: readonly Chapter[]): TimelineEvent {
  const date = mustParse(data.date, id);
  const end = data.end === undefined ? undefined : mustParse(data.end, id);
  const chapter = data.chapter ?? chapterFor(date, chapters)?.id;
  if (!chapter) throw new Error(`${id}: no chapter covers ${data.date} (npm run check:content explains)`);
  const dateLabel = formatEventSpan(date, end, { approximate: data.approximate, timeZone: data.timeZone });
  return { ...data, id, date, end, chapter, dateLabel };
}

function mustParse(value: string, id: string): EventDate {
  const parsed = parseEventDate(value);
  if (!parsed) throw new Error(`${id}: "${value}" is not a valid date (npm run check:content explains)`);
  return parsed;
}
