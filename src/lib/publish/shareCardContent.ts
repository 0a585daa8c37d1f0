import type { Story } from '../../schemas/story.ts';
import type { Thread } from '../../schemas/thread.ts';
import { formatCalendar } from '../dates/calendarText.ts';
import type { CardContent } from './shareCard.ts';
import type { StripMark } from './shareCardStrip.ts';
import { storyName } from '../text/storyName.ts';
import type { TimelineEvent } from '../model/timelineEvent.ts';

/** What every card is made from: the loaded story. */
export interface CardSource {
  story: Story;
  threads: readonly Thread[];
  events: readonly TimelineEvent[];
}

const marksBySource = new WeakMap<readonly TimelineEvent[], StripMark[]>();

/** Every event on the axis as a strip mark: one array per build, shared by every card, so its drawing can be too. */
function marks(source: CardSource): StripMark[] {
  let list = marksBySource.get(source.events);
  if (!list) marksBySource.set(source.events, (list = source.events.flatMap((e) => markOf(source, e) ?? [])));
  return list;
}

/** An event's dot: its start, and its thread's colour and row; none for background events. */
function markOf({ threads }: CardSource, event: TimelineEvent): StripMark | undefined {
  const lane = threads.findIndex((t) => t.id === event.thread);
  return event.background || lane < 0 ? undefined : { start: event.date.start, color: threads[lane].color, lane };
}

/** The story's own share card: headline, dek, byline and every event on the strip. */
export function storyCardContent(source: CardSource): CardContent {
  const { story, events } = source;
  return {
    kicker: story.byline,
    kickerColor: 'ink',
    meta: formatCalendar(story.start.slice(0, 7), story.end.slice(0, 7)),
    title: story.title,
    text: story.dek,
    siteName: storyName(story.title),
    footnote: `${events.length} events, each with its sources`,
    range: { start: story.start, end: story.end },
    lanes: source.threads.length,
    marks: marks(source),
  };
}

/** An event's share card: its thread, date, title and summary, and where it falls in the story. */
export function eventCardContent(source: CardSource, event: TimelineEvent): CardContent {
  const thread = source.threads.find((t) => t.id === event.thread);
  const position = source.events.findIndex((e) => e.id === event.id) + 1;
  return {
    kicker: thread?.label ?? event.thread,
    kickerColor: thread?.color ?? 'blue',
    meta: event.dateLabel,
    title: event.title,
    text: event.summary,
    siteName: storyName(source.story.title),
    footnote: `Event ${position} of ${source.events.length}`,
    range: { start: source.story.start, end: source.story.end },
    lanes: source.threads.length,
    marks: marks(source),
    current: markOf(source, event),
  };
}
