import type { APIRoute } from 'astro';
import { oembedJson } from '../../data/oembedJson.ts';

/** The story's oEmbed response: the timeline widget. */
export const GET: APIRoute = ({ site }) => oembedJson({ kind: 'timeline' }, site!);
