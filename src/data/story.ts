import { type CollectionEntry, getCollection, getEntry } from 'astro:content';
import type { Actor } from '../schemas/actor.ts';
import type { Story } from '../schemas/story.ts';
import type { Thread } from '../schemas/thread.ts';
import { type TimelineEvent, toTimelineEvents } from '../lib/model/timelineEvent.ts';

/** Everything a page needs, loaded once per build. */
export interface StoryData {
  story: Story;
  threads: Thread[];
  actors: Actor[];
  /** Published events in reading order (drafts too under `npm run dev`). */
  events: TimelineEvent[];
  /** The collection entry of each event, for rendering its MDX body. */
  entries: Map<string, CollectionEntry<'events'>>;
}

let cached: Promise<StoryData> | undefined;

/** Loads the story: drafts are shown by the dev server and left out of every production page, feed and embed. */
export function loadStory(): Promise<StoryData> {
  cached ??= load();
  return cached;
}

/** One page per published event, for a route's `getStaticPaths`: its id as the param, the event as a prop. */
export async function eventPaths(): Promise<{ params: { id: string }; props: { event: TimelineEvent } }[]> {
  const { events } = await loadStory();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}

/** One page per thread: its id as the param, the thread as a prop. */
export async function threadPaths(): Promise<{ params: { id: string }; props: { thread: Thread } }[]> {
  const { threads } = await loadStory();
  return threads.map((thread) => ({ params: { id: thread.id }, props: { thread } }));
}

/** One page per actor: its id as the param, the actor as a prop. */
export async function actorPaths(): Promise<{ params: { id: string }; props: { actor: Actor } }[]> {
  const { actors } = await loadStory();
  return actors.map((actor) => ({ params: { id: actor.id }, props: { actor } }));
}

async function load(): Promise<StoryData> {
  const storyEntry = await getEntry('story', 'story');
  if (!storyEntry) throw new Error('content/story.yaml is missing (npm run check:content explains)');
  const story = storyEntry.data;
  const entries = await getCollection('events', ({ data }) => import.meta.env.SHOW_DRAFTS || !data.draft);
  return {
    story,
    threads: (await getCollection('threads'))
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ data: { order: _, ...thread } }) => thread),
    actors: (await getCollection('actors')).map((a) => a.data),
    events: toTimelineEvents(entries, story.chapters),
    entries: new Map(entries.map((e) => [e.id, e])),
  };
}
