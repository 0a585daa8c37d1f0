import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { buildTimelineJs } from '../lib/publish/timelineJs.ts';

/** The events in TimelineJS3's JSON format, so a newsroom's existing TimelineJS embed can load them as they are. */
export const GET: APIRoute = async ({ site }) => {
  const { story, threads, events } = await loadStory();
  const doc = buildTimelineJs({ story, threads, events, site: site!, base: import.meta.env.BASE_URL });
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
