import { describe, expect, it } from 'vitest';
import { parseEventDate, periodEnd } from '../../../src/lib/dates/eventDate.ts';

const parse = (value: unknown) => {
  const date = parseEventDate(value);
  if (!date) throw new Error(`expected ${String(value)} to parse`);
  return date;
};

describe('parseEventDate', () => {
  it('reads a month as month precision starting on the first at UTC midnight', () => {
    const d = parse('2021-05');
    expect(d.precision).toBe('month');
    expect(d.start.toISOString()).toBe('2021-05-01T00:00:00.000Z');
  });

  it('reads a day as day precision', () => {
    const d = parse('2021-03-02');
    expect(d.precision).toBe('day');
    expect(d.start.toISOString()).toBe('2021-03-02T00:00:00.000Z');
  });

  it('converts a date-time with an offset to its UTC instant and keeps the offset', () => {
    const d = parse('2021-03-02T14:00-08:00');
    expect(d.precision).toBe('minute');
    expect(d.start.toISOString()).toBe('2021-03-02T22:00:00.000Z');
    expect(d.offsetMinutes).toBe(-480);
  });

  it('accepts Z and seconds', () => {
    expect(parse('2021-07-19T11:00:30Z').start.toISOString()).toBe('2021-07-19T11:00:30.000Z');
  });

  it('treats an unquoted YAML day (a Date at UTC midnight) as a day', () => {
    expect(parse(new Date('2021-03-02T00:00:00Z')).iso).toBe('2021-03-02');
  });

  it('refuses a YAML date-time that lost its offset, so the editor quotes it', () => {
    expect(parseEventDate(new Date('2021-03-02T22:00:00Z'))).toBeNull();
  });

  it.each(['2021-02-30', '2021-13', '2021-3-2', '2 March 2021', '2021-03-02T14:00', '2021-03-02T25:00Z', '', 20210302])(
    'rejects %j',
    (value) => {
      expect(parseEventDate(value)).toBeNull();
    },
  );
});

describe('periodEnd', () => {
  it('ends a month at the first instant of the next month, across a year end', () => {
    expect(periodEnd(parse('2020-12')).toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });

  it('ends a day at the next midnight UTC', () => {
    expect(periodEnd(parse('2021-02-28')).toISOString()).toBe('2021-03-01T00:00:00.000Z');
  });
});
