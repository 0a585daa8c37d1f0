/**
 * The date model. Editors write dates as ISO text with an explicit precision:
 * `2021-03` (a month), `2021-03-02` (a day) or `2021-03-02T14:00-08:00` (a moment with its
 * UTC offset). Each is parsed once into an `EventDate`; everything else works in UTC.
 */

/** How exactly a date is known. */
export type Precision = 'month' | 'day' | 'minute';

/** A parsed date: its precision, the first UTC instant of its period and the offset it was written in. */
export interface EventDate {
  /** The ISO text as the editor wrote it, normalised (`2021-03-02T14:00-08:00`). */
  iso: string;
  precision: Precision;
  /** First instant of the period, in UTC. */
  start: Date;
  /** Minutes east of UTC the date-time was written in; 0 for months and days. */
  offsetMinutes: number;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** Why a value is not a valid event date, phrased for an editor. */
export const DATE_EXPECTED =
  'a real date written as YYYY-MM, YYYY-MM-DD, or a quoted date-time with its UTC offset such as "2021-03-02T14:00-08:00"';

/** Parses an event date, or returns null when the text is not one of the three forms or not a real date. */
export function parseEventDate(value: unknown): EventDate | null {
  if (value instanceof Date) return fromYamlDate(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  let m = MONTH.exec(text);
  if (m) return checked(text, 'month', Date.UTC(+m[1], +m[2] - 1, 1), 0, +m[2]);
  m = DAY.exec(text);
  if (m) return checked(text, 'day', Date.UTC(+m[1], +m[2] - 1, +m[3]), 0, +m[2], +m[3]);
  m = MOMENT.exec(text);
  if (!m) return null;
  const offset = m[7] === 'Z' ? 0 : parseOffset(m[7]);
  if (Math.abs(offset) > 14 * 60 || +m[4] > 23 || +m[5] > 59) return null;
  const local = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], m[6] ? +m[6] : 0);
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''}${m[7]}`;
  return checked(iso, 'minute', local - offset * 60_000, offset, +m[2], +m[3], local);
}

/** js-yaml turns an unquoted `2021-03-02` into a Date at UTC midnight; anything else lost its offset. */
function fromYamlDate(value: Date): EventDate | null {
  if (Number.isNaN(value.getTime())) return null;
  if (value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() !== 0) return null;
  return parseEventDate(value.toISOString().slice(0, 10));
}

function parseOffset(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (+text.slice(1, 3) * 60 + +text.slice(4, 6));
}

/** Rejects dates such as 2021-02-30 that Date.UTC would silently roll over. */
function checked(
  iso: string,
  precision: Precision,
  start: number,
  offsetMinutes: number,
  month: number,
  day = 1,
  local = start,
): EventDate | null {
  const d = new Date(local);
  if (month < 1 || month > 12 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { iso, precision, start: new Date(start), offsetMinutes };
}

/** The first instant after the period a date covers (the next month, day or minute). */
export function periodEnd(date: EventDate): Date {
  const d = new Date(date.start);
  if (date.precision === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else if (date.precision === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else d.setUTCMinutes(d.getUTCMinutes() + 1);
  return d;
}

/** The wall-clock time the date was written in, as a UTC Date (so UTC formatters show local time). */
export function wallClock(date: EventDate): Date {
  return new Date(date.start.getTime() + date.offsetMinutes * 60_000);
}
