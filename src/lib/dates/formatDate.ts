// eslint-disable-next-line no-restricted-imports -- until dates are formatted without d3 (issue 14): this module is not bundled for the browser yet
import { utcFormat } from 'd3-time-format';
import { type EventDate, parseEventDate, wallClock } from './eventDate.ts';

/** Display formats, by precision: "March 2021", "2 March 2021", "2 March 2021, 14:00 PST". */
const monthYear = utcFormat('%B %Y');
const dayMonthYear = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const dayOnly = utcFormat('%-d');
const monthOnly = utcFormat('%B');
const hourMinute = utcFormat('%H:%M');

/** Formats one date by its precision, in the offset it was written in. */
export function formatEventDate(date: EventDate, timeZone?: string): string {
  const local = wallClock(date);
  if (date.precision === 'month') return monthYear(local);
  if (date.precision === 'day') return dayMonthYear(local);
  return `${dayMonthYear(local)}, ${hourMinute(local)} ${zoneLabel(date, timeZone)}`;
}

/**
 * Formats a date, or a span of two, straight from its text in the content ("2021-03-02" → "2 March 2021").
 * For dates the content schemas have already checked; anything else is a bug, so it throws.
 */
export function formatDateText(start: string, end?: string): string {
  return formatEventSpan(mustParse(start), end === undefined ? undefined : mustParse(end));
}

function mustParse(text: string): EventDate {
  const date = parseEventDate(text);
  if (!date) throw new Error(`"${text}" is not an event date`);
  return date;
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
  const a = wallClock(start);
  const b = wallClock(end);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (start.precision === 'month' && end.precision === 'month') {
    if (sameMonth) return monthYear(a);
    return sameYear ? `${monthOnly(a)} – ${monthYear(b)}` : `${monthYear(a)} – ${monthYear(b)}`;
  }
  if (start.precision === 'day' && end.precision === 'day') {
    if (sameMonth) return a.getTime() === b.getTime() ? dayMonthYear(a) : `${dayOnly(a)}–${dayMonthYear(b)}`;
    return sameYear ? `${dayMonth(a)} – ${dayMonthYear(b)}` : `${dayMonthYear(a)} – ${dayMonthYear(b)}`;
  }
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
