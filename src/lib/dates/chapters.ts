import type { EventDate } from './eventDate.ts';

/** The part of a chapter this module needs: an id and its first and last days (YYYY-MM-DD). */
interface ChapterRange {
  id: string;
  start: string;
  end: string;
}

/** The day a date starts on, as written (YYYY-MM-DD); a month counts from its first day. */
export function localDay(date: EventDate): string {
  return date.precision === 'month' ? `${date.iso}-01` : date.iso.slice(0, 10);
}

/** The first chapter whose days contain the date, if any. */
export function chapterFor<C extends ChapterRange>(date: EventDate, chapters: readonly C[]): C | undefined {
  const day = localDay(date);
  return chapters.find((c) => c.start <= day && day <= c.end);
}
