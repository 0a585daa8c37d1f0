import GithubSlugger from 'github-slugger';
import type { TimelineEvent } from './timelineEvent.ts';

type Source = TimelineEvent['sources'][number];

/** A source with the events that cite it, in reading order. */
export interface CitedSource extends Source {
  citedBy: { id: string; title: string }[];
}

/**
 * The publisher a source is grouped under: its name without a trailing note in brackets, so
 * "Bloomberg (via Yahoo News)" files under Bloomberg and "CISA (GovDelivery bulletin)" under CISA.
 */
export function publisherName(publisher: string): string {
  return publisher.replace(/\s*\([^()]*\)\s*$/, '') || publisher;
}

/** Every source from one publisher, oldest first. */
export interface PublisherGroup {
  publisher: string;
  /** An anchor for the group on the sources page. */
  slug: string;
  sources: CitedSource[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** Groups every cited source by publisher (A–Z), one entry per address however many events cite it. */
export function groupSourcesByPublisher(events: readonly Pick<TimelineEvent, 'id' | 'title' | 'sources'>[]) {
  const byUrl = new Map<string, CitedSource>();
  for (const event of events) {
    for (const source of event.sources) {
      const cited = byUrl.get(source.url) ?? { ...source, citedBy: [] };
      if (!cited.citedBy.some((c) => c.id === event.id)) cited.citedBy.push({ id: event.id, title: event.title });
      byUrl.set(source.url, cited);
    }
  }
  const groups = new Map<string, CitedSource[]>();
  for (const source of byUrl.values()) {
    const name = publisherName(source.publisher);
    groups.set(name, [...(groups.get(name) ?? []), source]);
  }
  const slugger = new GithubSlugger();
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([publisher, sources]): PublisherGroup => ({
      publisher,
      slug: slugger.slug(publisher),
      sources: sources.sort((a, b) => a.date.iso.localeCompare(b.date.iso) || collator.compare(a.title, b.title)),
    }));
}
