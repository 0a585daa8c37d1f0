import type { Story } from '../../schemas/story.ts';
import { lastUpdated } from './eventsFeed.ts';
import { bylineName } from '../text/storyName.ts';
import type { TimelineEvent } from '../model/timelineEvent.ts';

/** A schema.org object, ready to serialise. */
type Thing = Record<string, unknown>;

/** Addresses the structured data points at, absolute. */
export interface JsonLdUrls {
  /** The page described. */
  page: string;
  /** Its 1200×630 share image. */
  image: string;
}

function organisation(story: Story): Thing {
  return { '@type': 'Organization', name: bylineName(story.byline) };
}

/** The story as a schema.org NewsArticle: headline, dates, author and publisher. */
export function storyJsonLd(story: Story, urls: JsonLdUrls): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.title,
    description: story.dek,
    url: urls.page,
    mainEntityOfPage: urls.page,
    image: [urls.image],
    inLanguage: 'en-GB',
    datePublished: story.published,
    dateModified: story.updated,
    author: [organisation(story)],
    publisher: organisation(story),
  };
}

/** An event page as a NewsArticle about the event (a schema.org Event), citing every source it rests on. */
export function eventJsonLd(
  story: Story,
  event: TimelineEvent,
  urls: JsonLdUrls & { story: string; actors: { name: string; url: string }[] },
): Thing {
  return {
    ...storyJsonLd(story, urls),
    headline: event.title,
    description: event.summary,
    dateModified: lastUpdated(event, story.updated),
    isPartOf: { '@type': 'NewsArticle', headline: story.title, url: urls.story },
    about: {
      '@type': 'Event',
      name: event.title,
      description: event.summary,
      startDate: event.date.iso,
      ...(event.end && { endDate: event.end.iso }),
    },
    mentions: urls.actors.map((a) => ({ '@type': 'Thing', name: a.name, url: a.url })),
    ...(event.cves.length > 0 && { keywords: event.cves }),
    citation: event.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title,
      url: s.url,
      datePublished: s.date.iso,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.archive && { archivedAt: s.archive }),
    })),
  };
}

/** Serialises structured data for a <script type="application/ld+json">, so no text can close the script early. */
export function serializeJsonLd(data: Thing): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
