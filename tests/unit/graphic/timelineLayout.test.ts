import { describe, expect, it } from 'vitest';
import { parseEventDate } from '../../../src/lib/dates/eventDate.ts';
import { shortTitle } from '../../../src/lib/graphic/shortTitle.ts';
import { chapterWindow } from '../../../src/lib/graphic/chapterWindow.ts';
import type { TimelineEvent } from '../../../src/lib/model/timelineEvent.ts';
import { layoutTimeline } from '../../../src/lib/graphic/timelineLayout.ts';
import { crowdedPairs } from '../support/labelGaps.ts';

const story = {
  start: '2021-01-01',
  end: '2021-07-31',
  chapters: [
    { id: 'background', title: 'Background', start: '2018-01-01', end: '2020-12-31', intro: 'x', background: true },
    { id: 'before', title: 'Before the patch', start: '2021-01-01', end: '2021-03-01', intro: 'x', background: false },
    { id: 'after', title: 'Afterwards', start: '2021-03-02', end: '2021-07-31', intro: 'x', background: false },
  ],
};
const threads = [
  { id: 'patch', label: 'Patch', description: 'x', color: 'blue' as const },
  { id: 'attack', label: 'Attack', description: 'x', color: 'red' as const },
];

function event(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id} with a headline long enough to need shortening in a label`,
    date: parseEventDate(date)!,
    dateLabel: date,
    chapter: date < '2021-03-02' ? 'before' : 'after',
    thread: 'patch',
    actors: [],
    cves: [],
    summary: 'x.',
    sources: [],
    importance: 3,
    approximate: false,
    background: false,
    draft: false,
    corrections: [],
    ...extra,
  };
}

describe('layoutTimeline', () => {
  it("draws one mark per event on the axis, left to right, on its thread's lane", () => {
    const layout = layoutTimeline(story, threads, [
      event('b', '2021-03-02', { thread: 'attack' }),
      event('a', '2021-01-05'),
    ]);
    expect(layout.marks.map((m) => [m.id, m.lane])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
  });

  it('draws events from before the story left of a break, in order, without moving the story axis', () => {
    const inRange = [event('a', '2021-01-05'), event('b', '2021-03-02', { thread: 'attack' })];
    const plain = layoutTimeline(story, threads, inRange);
    const layout = layoutTimeline(story, threads, [
      event('old', '2018-12-20', { background: true, chapter: 'background' }),
      event('older-month', '2020-12', { background: true, chapter: 'background', thread: 'attack' }),
      ...inRange,
    ]);
    expect(plain.before).toBeNull();
    expect(layout.before).toMatchObject({ chapter: 'background', label: '2018–20' });
    const [from, to] = layout.before!.span;
    const early = layout.marks.filter((m) => m.chapter === 'background');
    expect(early.map((m) => m.id)).toEqual(['old', 'older-month']);
    for (const m of early) expect(m.day > from && m.day < to).toBe(true);
    // The break: the segment ends well before the story's first day, and the drawing starts just before it.
    expect(to).toBeLessThan(plain.full[0]);
    expect(layout.full[0]).toBeLessThan(from);
    expect(layout.full[1]).toBe(plain.full[1]);
    // The story's own marks keep their story days: the scale is unchanged, only the drawing is wider.
    const days = (l: typeof layout) => l.marks.filter((m) => m.chapter !== 'background').map((m) => [m.id, m.day]);
    expect(days(layout)).toEqual(days(plain));
    expect(layout.bands.map((b) => b.id)).toEqual(['before', 'after']);
  });

  it('leaves the segment out of a thread that has no events before the story', () => {
    const layout = layoutTimeline(
      story,
      threads,
      [
        event('old', '2018-12-20', { background: true, chapter: 'background', thread: 'attack' }),
        event('a', '2021-01-05'),
      ],
      { threads: ['patch'] },
    );
    expect(layout.before).toBeNull();
    expect(layout.marks.map((m) => m.id)).toEqual(['a']);
  });

  it('puts a day in its middle, a moment at its instant and a month-only date as an open ring', () => {
    const [day, moment, month] = layoutTimeline(story, threads, [
      event('d', '2021-01-05'),
      event('m', '2021-03-02T14:00-08:00'),
      event('mo', '2021-05'),
    ]).marks;
    expect(day.day).toBe(4.5);
    expect(moment.day).toBeCloseTo(60 + 22 / 24, 2);
    expect(month.uncertain).toBe(true);
    expect(day.uncertain).toBe(false);
  });

  it('draws a span as a bar from its first instant to the end of its last day', () => {
    const [mark] = layoutTimeline(story, threads, [
      event('s', '2021-01-18', { end: parseEventDate('2021-02-08')! }),
    ]).marks;
    expect(mark.span).toEqual([17, 39]);
  });

  it('places key-event labels that never overlap, even with many events on one day', () => {
    const many = Array.from({ length: 12 }, (_, i) => event(`e${i}`, '2021-07-19'));
    const { labels } = layoutTimeline(story, threads, many);
    expect(labels.length).toBeGreaterThan(0);
    expect(crowdedPairs(labels)).toEqual([]);
  });

  it('can be drawn for a date window and a subset of threads, as an embed would', () => {
    const layout = layoutTimeline(
      story,
      threads,
      [event('a', '2021-01-05'), event('b', '2021-03-05', { thread: 'attack' })],
      {
        window: ['2021-03-01', '2021-03-31'],
        threads: ['attack'],
      },
    );
    expect(layout.lanes.map((l) => l.id)).toEqual(['attack']);
    expect(layout.marks.map((m) => m.id)).toEqual(['b']);
    expect(layout.at(layout.domain[0])).toBe('0%');
    expect(layout.ticks[0].iso).toBe('2021-03-01');
  });
});

describe('chapterWindow', () => {
  it('frames a chapter with a margin, inside the story', () => {
    const [from, to] = chapterWindow([60, 62], [0, 212]);
    expect(from).toBeLessThan(60);
    expect(to).toBeGreaterThan(62);
    expect(chapterWindow([0, 60], [0, 212])[0]).toBe(0);
  });
});

describe('shortTitle', () => {
  it('cuts a long headline at a word boundary with an ellipsis', () => {
    expect(shortTitle('Microsoft ships emergency Exchange fixes and names HAFNIUM')).toBe(
      'Microsoft ships emergency Exchange…',
    );
    expect(shortTitle('Short headline')).toBe('Short headline');
  });
});
