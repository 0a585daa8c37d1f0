import type { Actor } from '../../../src/schemas/actor.ts';
import { type EventDate, parseEventDate } from '../../../src/lib/dates/eventDate.ts';
import type { EventData } from '../../../src/schemas/event.ts';
import type { Story } from '../../../src/schemas/story.ts';
import type { Thread } from '../../../src/schemas/thread.ts';
import { type TimelineEvent, toTimelineEvents } from '../../../src/lib/model/timelineEvent.ts';

/** A small story frame with two chapters, for tests of the payload builders. */
export const story: Story = {
  title: 'The Exchange hack: from zero-day to attribution',
  dek: 'How four flaws went from a bug report to a mass break-in.',
  byline: 'By the Timeline Desk',
  published: '2026-11-26',
  updated: '2026-11-28',
  start: '2021-01-01',
  end: '2021-07-31',
  intro: 'Intro.',
  chapters: [
    {
      id: 'background',
      title: 'Background',
      start: '2018-01-01',
      end: '2020-12-31',
      intro: 'Context.',
      background: true,
    },
    {
      id: 'before',
      title: 'Before the patch',
      start: '2021-01-01',
      end: '2021-03-01',
      intro: 'Quiet.',
      background: false,
    },
    {
      id: 'after',
      title: 'After the patch',
      start: '2021-03-02',
      end: '2021-07-31',
      intro: 'Loud.',
      background: false,
    },
  ],
  closing: 'Closing.',
  methodology: 'Method.',
  corrections: [
    { date: '2026-12-02', passage: 'closing', text: 'The closing named the wrong governments.' },
    { date: '2026-12-03', passage: 'actors/hafnium', text: 'The description gave the wrong date.' },
  ],
};

export const threads: Thread[] = [
  { id: 'patch', label: 'Disclosure and patch', description: 'Fixes.', color: 'blue' },
  { id: 'blame', label: 'Attribution', description: 'Who did it.', color: 'purple' },
];

export const actors: Actor[] = [
  { id: 'microsoft', name: 'Microsoft', kind: 'company', aliases: ['MSRC'], description: 'The maker.' },
  { id: 'hafnium', name: 'HAFNIUM', kind: 'threat-actor', aliases: [], description: 'The group.' },
];

/** A date as the schema gives it, parsed from its text. */
export function dated(text: string): EventDate {
  const date = parseEventDate(text);
  if (!date) throw new Error(`not an event date: ${text}`);
  return date;
}

const source = (n: number, publisher = 'Microsoft'): EventData['sources'][number] => ({
  title: `Document ${n}`,
  publisher,
  url: `https://example.org/doc-${n}`,
  date: dated('2021-03-02'),
});

/** An event's frontmatter with every default filled in, overridden by `data`. */
export function eventData(data: Partial<EventData> = {}): EventData {
  return {
    title: 'Something happens',
    date: dated('2021-03-02'),
    approximate: false,
    background: false,
    thread: 'patch',
    actors: [],
    cves: [],
    summary: 'Something happens.',
    sources: [source(1)],
    importance: 2,
    draft: false,
    corrections: [],
    ...data,
  };
}

/** Four events in reading order: a month, a minute with a zone, a span with a correction, and a later day. */
export const events: TimelineEvent[] = toTimelineEvents(
  [
    {
      id: '2021-01-devcore',
      data: eventData({ title: 'DEVCORE reports', date: dated('2021-01'), actors: ['microsoft'] }),
    },
    {
      id: '2021-03-02-patch',
      data: eventData({
        title: 'Microsoft <ships> fixes',
        date: dated('2021-03-02T14:00-08:00'),
        timeZone: 'America/Los_Angeles',
        actors: ['microsoft', 'hafnium'],
        cves: ['CVE-2021-26855'],
        sources: [source(1), source(2, 'Reuters')],
      }),
    },
    {
      id: '2021-03-05-scans',
      data: eventData({
        title: 'Scanning spreads',
        date: dated('2021-03-05'),
        end: dated('2021-03-09'),
        approximate: true,
        contested: 'Counts differ.',
        sources: [source(2, 'Reuters'), source(3, 'Reuters')],
        corrections: [
          { date: '2026-11-27', text: 'The start date was 5 March, not 4 March.' },
          { date: '2026-12-01', text: 'A source title was wrong.' },
        ],
      }),
    },
    { id: '2021-07-19-blame', data: eventData({ title: 'Attribution', date: dated('2021-07-19'), thread: 'blame' }) },
  ],
  story.chapters,
);

/** The address tests build URLs on: a sub-path, to catch URLs that forget the base. */
export const address = { site: 'https://news.example/', base: '/timeline/' };
