import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../../data/story.ts';
import { oembedJson } from '../../../data/oembedJson.ts';

/** One oEmbed response per thread page: its thread widget. */
export const getStaticPaths = (async () => {
  const { threads } = await loadStory();
  return threads.map((thread) => ({ params: { id: thread.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedJson({ kind: 'thread', id: params.id! }, site!);
