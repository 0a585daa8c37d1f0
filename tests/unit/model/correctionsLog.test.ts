import { describe, expect, it } from 'vitest';
import { correctionsLog } from '../../../src/lib/model/correctionsLog.ts';
import { frameCorrections } from '../../../src/lib/model/frameCorrections.ts';
import { actors, story } from '../support/storyFixture.ts';

const event = (id: string, corrections: { date: string; text: string }[]) => ({
  id,
  title: `Title ${id}`,
  corrections,
});

describe('correctionsLog', () => {
  it('gathers the corrections of every event, each with its event id, title and anchor in the story', () => {
    const log = correctionsLog([event('a', [{ date: '2026-12-01', text: 'Fixed a date.' }]), event('b', [])]);
    expect(log).toEqual([
      { key: 'a', title: 'Title a', path: '#a', anchor: 'correction-a-1', date: '2026-12-01', text: 'Fixed a date.' },
    ]);
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
    expect(log.map((c) => c.anchor)).toEqual(['correction-a-2', 'correction-b-1', 'correction-a-1']);
  });

  it('orders corrections made on the same day by what they correct', () => {
    const log = correctionsLog([
      event('b', [{ date: '2026-12-01', text: 'b' }]),
      event('a', [{ date: '2026-12-01', text: 'a' }]),
    ]);
    expect(log.map((c) => c.key)).toEqual(['a', 'b']);
  });

  it("adds the frame's corrections, each linking to its passage, in date order with the events'", () => {
    const log = correctionsLog(
      [event('2021-03-02-patch', [{ date: '2026-12-02', text: 'e' }])],
      frameCorrections(story, actors),
    );
    expect(log.map((c) => [c.date, c.key, c.path])).toEqual([
      ['2026-12-03', 'actors/hafnium', 'actors/hafnium/'],
      ['2026-12-02', '2021-03-02-patch', '#2021-03-02-patch'],
      ['2026-12-02', 'closing', '#closing'],
    ]);
  });

  it('is empty when nothing has been corrected', () => {
    expect(correctionsLog([event('a', []), event('b', [])])).toEqual([]);
  });
});
