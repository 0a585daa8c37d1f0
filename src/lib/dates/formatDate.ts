import { type CalendarDate, calendarSpan, calendarText } from './calendarText.ts';
import { type EventDate, wallClock } from './eventDate.ts';

/** Formats one date by its precision, in the offset it was written in: "March 2021", "2 March 2021", "2 March 2021, 14:00 PST". */
export function formatEventDate(date: EventDate, timeZone?: string): string {
  const text = calendarText(calendarOf(date));
  if (date.precision !== 'minute') return text;
  const local = wallClock(date);
  const time = [local.getUTCHours(), local.getUTCMinutes()].map((n) => String(n).padStart(2, '0')).join(':');
  return `${text}, ${time} ${zoneLabel(date, timeZone)}`;
}

/** The calendar date a date was written on, to its precision (a month has no day). */
function calendarOf(date: EventDate): CalendarDate {
  const local = wallClock(date);
  const month = [local.getUTCFullYear(), local.getUTCMonth() + 1] as const;
  return date.precision === 'month' ? month : [...month, local.getUTCDate()];
}

/** How a date is shown: whether it is approximate, and the IANA zone of a date-time. */
export interface SpanOptions {
  approximate?: boolean;
  timeZone?: string;
}

/** Formats a date or a span ("2–3 March 2021", "18 January – 8 February 2021"), marking approximate ones. */
export function formatEventSpan(
  start: EventDate,
  end?: EventDate,
  { approximate = false, timeZone }: SpanOptions = {},
): string {
  const text = end ? spanText(start, end, timeZone) : formatEventDate(start, timeZone);
  return approximate ? `Around ${text}` : text;
}

function spanText(start: EventDate, end: EventDate, timeZone?: string): string {
  if (start.precision === end.precision && start.precision !== 'minute')
    return calendarSpan(calendarOf(start), calendarOf(end));
  return `${formatEventDate(start, timeZone)} – ${formatEventDate(end, timeZone)}`;
}

/** A time-zone label: the zone's own abbreviation when one is known (PST, CEST), else the offset (UTC−8). */
export function zoneLabel(date: EventDate, timeZone?: string): string {
  if (timeZone) {
    for (const locale of ['en-US', 'en-GB']) {
      const name = zoneName(date.start, timeZone, locale);
      if (name && !/^(GMT|UTC)/.test(name)) return name;
    }
  }
  return offsetLabel(date.offsetMinutes);
}

function zoneName(at: Date, timeZone: string, locale: string): string | undefined {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value;
}

/** "UTC", "UTC+2", "UTC−8", "UTC+5:30" (with a true minus sign). */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const abs = Math.abs(minutes);
  const mins = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${mins ? `:${String(mins).padStart(2, '0')}` : ''}`;
}

/** Minutes east of UTC that an IANA zone is at a given instant, or null if the zone is unknown. */
export function zoneOffsetAt(timeZone: string, at: Date): number | null {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
    return m ? (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]) : 0;
  } catch {
    return null;
  }
}
