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

/** One page per event, thread or actor, for a route's `getStaticPaths`: `{ params: { id } }` each. */
export async function staticPaths(kind: 'events' | 'threads' | 'actors'): Promise<{ params: { id: string } }[]> {
  const data = await loadStory();
  return data[kind].map(({ id }) => ({ params: { id } }));
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
