import type { FrameCorrection } from '../model/frameCorrections.ts';
import { correctionAnchor, eventPath, PAGES } from '../site/routes.ts';
import { type SiteAddress, urlMaker } from '../site/siteAddress.ts';
import type { TimelineEvent } from '../model/timelineEvent.ts';

/** One RSS item, in the shape @astrojs/rss takes. */
export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
  categories: string[];
}

/** What the items are built from. */
export interface FeedItemsInput extends SiteAddress {
  events: readonly TimelineEvent[];
  /** Thread labels by id, for the items' categories. */
  threadLabels: ReadonlyMap<string, string>;
  /** Corrections to the story's frame and actors, each linked to its entry in the corrections log. */
  frame?: readonly FrameCorrection[];
}

/**
 * The RSS items: one per event, dated when it happened, and one per correction, dated when it was made,
 * newest first, so a correction reaches subscribers as news.
 */
export function buildFeedItems({ events, threadLabels, frame = [], ...address }: FeedItemsInput): FeedItem[] {
  const url = urlMaker(address);
  const items = events.flatMap((e): FeedItem[] => [
    {
      title: e.title,
      link: url(eventPath(e.id)),
      pubDate: e.date.start,
      description: e.summary,
      categories: [threadLabels.get(e.thread) ?? e.thread, ...e.cves],
    },
    ...e.corrections.map((c, i) => ({
      title: `Correction: ${e.title}`,
      link: `${url(eventPath(e.id))}#${correctionAnchor(i + 1)}`,
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: c.text,
      categories: ['Corrections'],
    })),
  ]);
  for (const c of frame)
    items.push({
      title: `Correction: ${c.title}`,
      link: `${url(PAGES.methodology)}#${c.anchor}`,
      pubDate: new Date(`${c.date}T00:00:00Z`),
      description: c.text,
      categories: ['Corrections'],
    });
  return items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
