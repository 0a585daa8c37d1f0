import type { APIRoute, GetStaticPaths } from 'astro';
import { staticPaths } from '../../../data/story.ts';
import { oembedJson } from '../../../data/oembedJson.ts';

/** One oEmbed response per thread page: its thread widget. */
export const getStaticPaths = (() => staticPaths('threads')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => oembedJson({ kind: 'thread', id: params.id! }, site!);
