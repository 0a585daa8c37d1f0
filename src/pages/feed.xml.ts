import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadStory } from '../data/story.ts';
import { buildFeedItems } from '../lib/publish/feedItems.ts';
import { frameCorrections } from '../lib/model/frameCorrections.ts';
import { absoluteUrl, PAGES } from '../lib/site/routes.ts';

/** RSS 2.0: an item per event and per correction, so subscribers hear about corrections. */
export const GET: APIRoute = async ({ site }) => {
  const { story, threads, actors, events } = await loadStory();
  const base = import.meta.env.BASE_URL;
  const self = absoluteUrl(site!, base, PAGES.feed);
  return rss({
    title: story.title,
    description: story.dek,
    site: absoluteUrl(site!, base),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: buildFeedItems({
      events,
      threadLabels: new Map(threads.map((t) => [t.id, t.label])),
      frame: frameCorrections(story, actors),
      site: site!,
      base,
    }),
  });
};
