import type { APIRoute, GetStaticPaths } from 'astro';
import { threadPaths } from '../../../data/story.ts';
import { oembedJson } from '../../../data/oembedJson.ts';

/** One oEmbed response per thread page: its thread widget. */
export const getStaticPaths = (() => threadPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedJson({ kind: 'thread', id: params.id! }, site!);
