import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../../data/story.ts';
import { oembedJson } from '../../../data/oembedJson.ts';

/** One oEmbed response per event page: its event card. */
export const getStaticPaths = (async () => {
  const { events } = await loadStory();
  return events.map((event) => ({ params: { id: event.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedJson({ kind: 'event', id: params.id! }, site!);
