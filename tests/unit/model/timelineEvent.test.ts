import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/schemas/event.ts';
import { chapterSchema } from '../../../src/schemas/story.ts';
import { toTimelineEvents } from '../../../src/lib/model/timelineEvent.ts';

const chapters = [
  { id: 'before', title: 'Before', start: '2021-01-01', end: '2021-07-19', intro: 'x' },
  { id: 'after', title: 'After', start: '2021-07-19', end: '2021-07-31', intro: 'x' },
].map((c) => chapterSchema.parse(c));

const event = (id: string, fields: object) =>
  ({
    id,
    data: eventSchema.parse({
      title: id,
      thread: 'attribution',
      summary: 'A test event.',
      importance: 2,
      sources: [{ title: 't', publisher: 'p', url: 'https://example.org', date: '2021-07-19' }],
      ...fields,
    }),
  }) as const;

describe('toTimelineEvents', () => {
  it('puts an event in the first chapter whose days contain it, unless it names one', () => {
    const events = toTimelineEvents(
      [
        event('denial', { date: '2021-07-19', chapter: 'after' }),
        event('statement', { date: '2021-07-19T07:00-04:00' }),
      ],
      chapters,
    );
    expect(events.map((e) => [e.id, e.chapter])).toEqual([
      ['statement', 'before'],
      ['denial', 'after'],
    ]);
  });

  it('orders events by chapter, then by their real instant, then by id', () => {
    const events = toTimelineEvents(
      [
        event('c', { date: '2021-07-19T11:35+02:00' }),
        event('b', { date: '2021-03-02' }),
        event('a', { date: '2021-03-02' }),
        event('d', { date: '2021-07-19T07:00-04:00' }),
      ],
      chapters,
    );
    expect(events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('labels dates by their precision and zone', () => {
    const [e] = toTimelineEvents(
      [event('x', { date: '2021-07-19T07:00-04:00', timeZone: 'America/New_York' })],
      chapters,
    );
    expect(e.dateLabel).toBe('19 July 2021, 07:00 EDT');
  });
});

describe('reading order on a shared day', () => {
  it('puts an earlier time first, whatever the importance, and a day-only event before the times in it', () => {
    const events = toTimelineEvents(
      [
        event('white-house', { date: '2021-07-19T07:00-04:00', importance: 3 }),
        event('eu', { date: '2021-07-19T11:35+02:00', importance: 2 }),
        event('minor-all-day', { date: '2021-07-19', importance: 1 }),
        event('key-all-day', { date: '2021-07-19', importance: 3 }),
        event('earlier-day', { date: '2021-07-18T18:02-04:00', importance: 1 }),
      ],
      chapters,
    );
    expect(events.map((e) => e.id)).toEqual(['earlier-day', 'key-all-day', 'minor-all-day', 'eu', 'white-house']);
  });
});
