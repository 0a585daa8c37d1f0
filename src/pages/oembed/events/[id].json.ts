import type { APIRoute, GetStaticPaths } from 'astro';
import { eventPaths } from '../../../data/story.ts';
import { oembedJson } from '../../../data/oembedJson.ts';

/** One oEmbed response per event page: its event card. */
export const getStaticPaths = (() => eventPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedJson({ kind: 'event', id: params.id! }, site!);
