import { afterEach, describe, expect, it } from 'vitest';
import { parseEventDate } from '../../../src/lib/dates/eventDate.ts';
import { formatEventDate, formatEventSpan, offsetLabel } from '../../../src/lib/dates/formatDate.ts';

const parse = (value: string) => parseEventDate(value)!;

describe('formatEventDate', () => {
  it('shows each precision the way readers expect', () => {
    expect(formatEventDate(parse('2021-03'))).toBe('March 2021');
    expect(formatEventDate(parse('2021-03-02'))).toBe('2 March 2021');
    expect(formatEventDate(parse('2021-03-02T14:00-08:00'), 'America/Los_Angeles')).toBe('2 March 2021, 14:00 PST');
  });

  it('shows the local date of a date-time, not the UTC one', () => {
    // 23:30 in Washington on 18 July is already 19 July in UTC.
    expect(formatEventDate(parse('2021-07-18T23:30-04:00'), 'America/New_York')).toBe('18 July 2021, 23:30 EDT');
  });

  it('falls back to the UTC offset when no zone is named', () => {
    expect(formatEventDate(parse('2021-07-19T11:35+02:00'))).toBe('19 July 2021, 11:35 UTC+2');
    expect(formatEventDate(parse('2021-07-19T11:00Z'))).toBe('19 July 2021, 11:00 UTC');
  });

  it('uses a European abbreviation where one exists', () => {
    expect(formatEventDate(parse('2021-07-19T11:35+02:00'), 'Europe/Brussels')).toBe('19 July 2021, 11:35 CEST');
  });
});

describe('formatEventSpan', () => {
  it('merges a span inside one month', () => {
    expect(formatEventSpan(parse('2021-07-19'), parse('2021-07-20'))).toBe('19–20 July 2021');
  });

  it('keeps both months of a span across months', () => {
    expect(formatEventSpan(parse('2021-01-18'), parse('2021-02-08'))).toBe('18 January – 8 February 2021');
  });

  it('keeps both years of a span across years', () => {
    expect(formatEventSpan(parse('2020-09'), parse('2021-01'))).toBe('September 2020 – January 2021');
  });

  it('marks approximate dates', () => {
    expect(formatEventSpan(parse('2021-03-03'), undefined, { approximate: true })).toBe('Around 3 March 2021');
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'])('formats the same in %s as in UTC', (tz) => {
    process.env.TZ = tz;
    expect(new Date(Date.UTC(2021, 2, 2)).getTimezoneOffset()).not.toBe(0); // the zone really changed
    expect(formatEventDate(parse('2021-03-02'))).toBe('2 March 2021');
    expect(formatEventDate(parse('2021-03'))).toBe('March 2021');
    expect(formatEventSpan(parse('2021-01-18'), parse('2021-02-08'))).toBe('18 January – 8 February 2021');
  });
});

describe('offsetLabel', () => {
  it('writes half-hour offsets and a true minus sign', () => {
    expect(offsetLabel(330)).toBe('UTC+5:30');
    expect(offsetLabel(-480)).toBe('UTC−8');
  });
});
