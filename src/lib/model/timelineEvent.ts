import type { EventData } from '../../schemas/event.ts';
import type { Chapter } from '../../schemas/story.ts';
import { chapterFor } from '../dates/chapters.ts';
import { formatEventSpan } from '../dates/formatDate.ts';
import { compareByPeriod } from '../dates/readingOrder.ts';

/** An event ready for display: validated frontmatter (its dates parsed by the schema) with its chapter resolved. */
export interface TimelineEvent extends EventData {
  /** The file name without .mdx; stable, used in URLs, hashes and embeds. */
  id: string;
  /** The chapter it belongs to (explicit, or the first whose dates contain it). */
  chapter: string;
  /** The date as readers see it: "2 March 2021, 14:00 PST", "18 January – 8 February 2021". */
  dateLabel: string;
}

/**
 * Builds display events from validated entries, in reading order: by chapter, then by period (compareByPeriod).
 * Chapter first never breaks time order, because the content check refuses an event placed in a chapter after
 * one holding an event that begins only after it has ended (src/checks/rules/chapterOrder.ts).
 */
export function toTimelineEvents(
  entries: readonly { id: string; data: EventData }[],
  chapters: readonly Chapter[],
): TimelineEvent[] {
  const order = new Map(chapters.map((c, i) => [c.id, i]));
  return entries
    .map(({ id, data }) => toTimelineEvent(id, data, chapters))
    .sort((a, b) => (order.get(a.chapter) ?? 0) - (order.get(b.chapter) ?? 0) || compareByPeriod(a, b));
}

function toTimelineEvent(id: string, data: EventData, chapters: readonly Chapter[]): TimelineEvent {
  const chapter = data.chapter ?? chapterFor(data.date, chapters)?.id;
  if (!chapter) throw new Error(`${id}: no chapter covers ${data.date.iso} (npm run check:content explains)`);
  const dateLabel = formatEventSpan(data.date, data.end, { approximate: data.approximate, timeZone: data.timeZone });
  return { ...data, id, chapter, dateLabel };
}
