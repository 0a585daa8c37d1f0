import type { Actor } from '../../schemas/actor.ts';
import type { Story } from '../../schemas/story.ts';
import type { Thread } from '../../schemas/thread.ts';
import { type EventDate, periodEnd } from '../dates/eventDate.ts';
import { actorPath, eventPath, shareImagePath, storyEventPath } from '../site/routes.ts';
import { type SiteAddress, urlMaker } from '../site/siteAddress.ts';
import type { TimelineEvent } from '../model/timelineEvent.ts';

/** The format version of /events.json: the major number changes only when a field is removed or changes meaning. */
export const EVENTS_FEED_VERSION = '1.0';

/** A date as published: the text the editor wrote, its precision and the UTC period it covers. */
export interface FeedDate {
  iso: string;
  precision: EventDate['precision'];
  /** The first instant of the period, UTC ISO 8601. */
  start: string;
  /** The first instant after the period (exclusive), UTC ISO 8601. */
  end: string;
}

/** One event in /events.json. */
export interface FeedEvent {
  id: string;
  url: string;
  storyUrl: string;
  image: string;
  title: string;
  summary: string;
  date: FeedDate & { label: string; approximate: boolean; timeZone: string | null };
  endDate: FeedDate | null;
  chapter: string;
  thread: { id: string; label: string };
  importance: number;
  actors: { id: string; name: string; url: string }[];
  cves: string[];
  sources: { title: string; publisher: string; url: string; date: string; archive: string | null }[];
  contested: string | null;
  corrections: { date: string; text: string }[];
  updated: string;
}

/** The whole /events.json document. */
export interface EventsFeed {
  version: string;
  title: string;
  description: string;
  url: string;
  published: string;
  updated: string;
  count: number;
  events: FeedEvent[];
}

/** What the payload is built from: the loaded story and where the site is served. */
export interface EventsFeedInput extends SiteAddress {
  story: Story;
  threads: readonly Thread[];
  actors: readonly Actor[];
  events: readonly TimelineEvent[];
}

/** Builds /events.json: every published event in reading order, with absolute URLs on the configured site. */
export function buildEventsFeed({ story, threads, actors, events, ...address }: EventsFeedInput): EventsFeed {
  const url = urlMaker(address);
  const threadOf = new Map(threads.map((t) => [t.id, t]));
  const actorOf = new Map(actors.map((a) => [a.id, a]));
  return {
    version: EVENTS_FEED_VERSION,
    title: story.title,
    description: story.dek,
    url: url(),
    published: story.published,
    updated: story.updated,
    count: events.length,
    events: events.map((e) => ({
      id: e.id,
      url: url(eventPath(e.id)),
      storyUrl: url(storyEventPath(e.id)),
      image: url(shareImagePath(e.id)),
      title: e.title,
      summary: e.summary,
      date: { ...feedDate(e.date), label: e.dateLabel, approximate: e.approximate, timeZone: e.timeZone ?? null },
      endDate: e.end ? feedDate(e.end) : null,
      chapter: e.chapter,
      thread: { id: e.thread, label: threadOf.get(e.thread)?.label ?? e.thread },
      importance: e.importance,
      actors: e.actors.map((id) => ({ id, name: actorOf.get(id)?.name ?? id, url: url(actorPath(id)) })),
      cves: e.cves,
      sources: e.sources.map((s) => ({ ...s, date: s.date.iso, archive: s.archive ?? null })),
      contested: e.contested ?? null,
      corrections: e.corrections,
      updated: lastUpdated(e, story.updated),
    })),
  };
}

/** The day an event last changed on the record: its latest correction, else the story's last update. */
export function lastUpdated(event: Pick<TimelineEvent, 'corrections'>, storyUpdated: string): string {
  return event.corrections.map((c) => c.date).reduce((a, b) => (b > a ? b : a), '') || storyUpdated;
}

function feedDate(date: EventDate): FeedDate {
  return {
    iso: date.iso,
    precision: date.precision,
    start: date.start.toISOString(),
    end: periodEnd(date).toISOString(),
  };
}
