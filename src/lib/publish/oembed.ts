import type { EmbedEntry } from './embedCatalogue.ts';
import { oembedSnippet } from '../embed/embedSnippet.ts';
import { EMBED_HEIGHTS, EMBED_WIDTH, widgetImagePath, widgetPagePath } from '../embed/embedWidgets.ts';
import { type SiteAddress, urlMaker } from '../site/siteAddress.ts';
import { bylineName, storyName } from '../text/storyName.ts';

/** An oEmbed 1.0 "rich" response (https://oembed.com/#section2.3). */
export interface OEmbedRich {
  type: 'rich';
  version: '1.0';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  /** Seconds a consumer may cache the response. */
  cache_age: number;
  /** The page's 1200×630 share image. */
  thumbnail_url: string;
  thumbnail_width: 1200;
  thumbnail_height: 630;
  /** The loader snippet, with a frame WordPress keeps: a self-sizing frame, or a plain link where scripts are not allowed. */
  html: string;
  width: number;
  height: number;
}

/**
 * The oEmbed response for the page a widget stands for (the story, a thread or an event), so a CMS
 * that is given the page's address embeds the widget. Every URL is absolute, under SITE_URL and BASE_PATH.
 */
export function widgetOembed(
  { widget, title }: EmbedEntry,
  story: { title: string; byline: string },
  address: SiteAddress,
): OEmbedRich {
  const url = urlMaker(address);
  const height = EMBED_HEIGHTS[widget.kind];
  return {
    type: 'rich',
    version: '1.0',
    title,
    author_name: bylineName(story.byline),
    author_url: url(),
    provider_name: storyName(story.title),
    provider_url: url(),
    cache_age: 3600,
    thumbnail_url: url(widgetImagePath(widget)),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    html: oembedSnippet({ root: url(), widget, query: '', title, page: url(widgetPagePath(widget)), height }),
    width: EMBED_WIDTH,
    height,
  };
}
