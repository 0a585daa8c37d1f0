import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { buildEventsFeed } from '../lib/publish/eventsFeed.ts';

/** Every published event as JSON, for newsrooms and tools (format in the README). */
export const GET: APIRoute = async ({ site }) => {
  const { story, threads, actors, events } = await loadStory();
  const feed = buildEventsFeed({ story, threads, actors, events, site: site!, base: import.meta.env.BASE_URL });
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
