import type { Story } from '../../schemas/story.ts';
import type { Thread } from '../../schemas/thread.ts';
import { type EventDate, wallClock } from '../dates/eventDate.ts';
import { escapeHtml } from '../text/escapeHtml.ts';
import { eventPath } from '../site/routes.ts';
import { type SiteAddress, urlMaker } from '../site/siteAddress.ts';
import type { TimelineEvent } from '../model/timelineEvent.ts';

/** A TimelineJS3 date: only the parts the precision justifies, so TimelineJS shows "March 2021" for a month. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** A slide's text; `text` is HTML, as TimelineJS3 expects. */
interface TimelineJsText {
  headline: string;
  text?: string;
}

/** One TimelineJS3 slide. */
export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: TimelineJsText;
  group: string;
  media?: { url: string; alt: string; credit: string };
}

/** The document TimelineJS3 loads: a title slide, the events, and the chapters as eras. */
export interface TimelineJsDocument {
  title: { text: TimelineJsText };
  events: TimelineJsEvent[];
  eras: { start_date: TimelineJsDate; end_date: TimelineJsDate; text: TimelineJsText }[];
  scale: 'human';
}

/** What the document is built from. */
export interface TimelineJsInput extends SiteAddress {
  story: Story;
  threads: readonly Thread[];
  events: readonly TimelineEvent[];
}

/** Builds /timelinejs.json in TimelineJS3's JSON format, grouping slides by thread. */
export function buildTimelineJs({ story, threads, events, ...address }: TimelineJsInput): TimelineJsDocument {
  const url = urlMaker(address);
  const label = new Map(threads.map((t) => [t.id, t.label]));
  return {
    title: { text: { headline: escapeHtml(story.title), text: `<p>${escapeHtml(story.dek)}</p>` } },
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: timelineJsDate(e.date),
      ...(e.end && { end_date: timelineJsDate(e.end) }),
      display_date: escapeHtml(e.dateLabel),
      text: {
        headline: escapeHtml(e.title),
        text: `<p>${escapeHtml(e.summary)}</p><p><a href="${url(eventPath(e.id))}">Full text and sources</a></p>`,
      },
      group: label.get(e.thread) ?? e.thread,
      ...(e.media && { media: { url: url(e.media.image), alt: e.media.alt, credit: e.media.credit } }),
    })),
    eras: story.chapters
      .filter((c) => !c.background)
      .map((c) => ({
        start_date: dayParts(c.start),
        end_date: dayParts(c.end),
        text: { headline: escapeHtml(c.title) },
      })),
    scale: 'human',
  };
}

/** A date's parts in the offset it was written in, down to its precision. */
export function timelineJsDate(date: EventDate): TimelineJsDate {
  const d = wallClock(date);
  const parts: TimelineJsDate = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
  if (date.precision === 'month') return parts;
  parts.day = d.getUTCDate();
  if (date.precision === 'day') return parts;
  return { ...parts, hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

function dayParts(day: string): TimelineJsDate {
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, day: date };
}
