import { describe, expect, it } from 'vitest';
import { correctionsLog } from '../../src/lib/correctionsLog.ts';

const event = (id: string, corrections: { date: string; text: string }[]) => ({
  id,
  title: `Title ${id}`,
  corrections,
});

describe('correctionsLog', () => {
  it('gathers the corrections of every event, each with its event id and title', () => {
    const log = correctionsLog([event('a', [{ date: '2026-12-01', text: 'Fixed a date.' }]), event('b', [])]);
    expect(log).toEqual([{ eventId: 'a', eventTitle: 'Title a', date: '2026-12-01', text: 'Fixed a date.' }]);
  });

  it('lists the newest correction first, across events', () => {
    const log = correctionsLog([
      event('a', [
        { date: '2026-12-01', text: 'first' },
        { date: '2027-01-05', text: 'third' },
      ]),
      event('b', [{ date: '2026-12-20', text: 'second' }]),
    ]);
    expect(log.map((c) => c.text)).toEqual(['third', 'second', 'first']);
  });

  it('orders corrections made on the same day by event id', () => {
    const log = correctionsLog([
      event('b', [{ date: '2026-12-01', text: 'b' }]),
      event('a', [{ date: '2026-12-01', text: 'a' }]),
    ]);
    expect(log.map((c) => c.eventId)).toEqual(['a', 'b']);
  });

  it('is empty when nothing has been corrected', () => {
    expect(correctionsLog([event('a', []), event('b', [])])).toEqual([]);
  });
});
