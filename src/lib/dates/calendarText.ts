import { MONTHS } from './monthNames.ts';

/** A date on the calendar as written: its year, its month (1–12) and, for a day, its day of the month. */
export type CalendarDate = readonly [year: number, month: number, day?: number];

/** "2 March", "March": the date without its year, as the first date of a span within one year. */
const dayMonth = ([, month, day]: CalendarDate) => `${day ? `${day} ` : ''}${MONTHS[month - 1]}`;

/** "March 2021", "2 March 2021". */
export function calendarText(date: CalendarDate): string {
  return `${dayMonth(date)} ${date[0]}`;
}

/**
 * A span of two calendar dates of the same precision, each part said once: "2–3 March 2021", "18 January –
 * 8 February 2021", "January – July 2021", "1 December 2020 – 31 January 2021"; one date when both are the same.
 */
export function calendarSpan(a: CalendarDate, b: CalendarDate): string {
  const to = calendarText(b);
  if (a[0] !== b[0]) return `${calendarText(a)} – ${to}`;
  if (a[1] !== b[1]) return `${dayMonth(a)} – ${to}`;
  return a[2] === b[2] ? to : `${a[2]}–${to}`;
}

/** The calendar date of checked text, read as written: digit groups, no time zone (the schemas checked it). */
const calendarDate = (iso: string) => iso.split('-').map(Number) as unknown as CalendarDate;

/** Formats checked calendar text (YYYY-MM or YYYY-MM-DD: the story's days, corrections), or a span of two. */
export function formatCalendar(from: string, to?: string): string {
  return to ? calendarSpan(calendarDate(from), calendarDate(to)) : calendarText(calendarDate(from));
}
