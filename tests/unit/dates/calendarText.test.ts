import { describe, expect, it } from 'vitest';
import { formatCalendar } from '../../../src/lib/dates/calendarText.ts';

describe('formatCalendar', () => {
  it('formats a day or a month from its checked text, as formatEventDate does the parsed date', () => {
    expect(formatCalendar('2021-03')).toBe('March 2021');
    expect(formatCalendar('2021-03-02')).toBe('2 March 2021');
  });

  it('formats a span from the text of its two ends, saying each shared part once', () => {
    expect(formatCalendar('2021-01-18', '2021-02-08')).toBe('18 January – 8 February 2021');
    expect(formatCalendar('2021-01', '2021-07')).toBe('January – July 2021');
    expect(formatCalendar('2021-03-02', '2021-03-03')).toBe('2–3 March 2021');
    expect(formatCalendar('2020-09', '2021-01')).toBe('September 2020 – January 2021');
    expect(formatCalendar('2021-07-19', '2021-07-19')).toBe('19 July 2021');
  });
});
