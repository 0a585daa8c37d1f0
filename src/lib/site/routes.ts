/** Joins the site's base path (BASE_PATH, "/" by default) and a route, with exactly one slash between. */
export function withBase(base: string, path = ''): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** The absolute address of a route, for canonical links, feeds and share tags (SITE_URL plus BASE_PATH). */
export function absoluteUrl(site: URL | string, base: string, path = ''): string {
  return new URL(withBase(base, path), site).href;
}

/** The routes of the pages and files that have no id, relative to the site's base. */
export const PAGES = {
  /** Every event in one table, sortable and filterable. */
  table: 'events/',
  /** The table page's "Get the data" section. */
  tableData: 'events/#data',
  /** Every source, by publisher. */
  sources: 'sources/',
  /** "How we made this": the methodology and the corrections log. */
  methodology: 'how-we-made-this/',
  /** The embed builder, with every widget. */
  embedBuilder: 'embed/',
  eventsCsv: 'events.csv',
  sourcesCsv: 'sources.csv',
  eventsJson: 'events.json',
  feed: 'feed.xml',
  timelineJs: 'timelinejs.json',
} as const;

/** The route of an event's own page. */
export function eventPath(id: string): string {
  return `events/${id}/`;
}

/** The story page, scrolled to one event (its article carries the event id as its id). */
export function storyEventPath(id: string): string {
  return `#${id}`;
}

/** The route of a thread's page: its events in order. */
export function threadPath(id: string): string {
  return `threads/${id}/`;
}

/** The route of an actor's profile. */
export function actorPath(id: string): string {
  return `actors/${id}/`;
}

/** The route of a share image: an event id, or "story" for the story's own. */
export function shareImagePath(id: string): string {
  return `og/${id}.png`;
}

/** The anchor of an event's nth correction (1 for the oldest), on its page and in the feed. */
export function correctionAnchor(n: number): string {
  return `correction-${n}`;
}

/** The anchor of an event's sources on its page. */
export const SOURCES_ANCHOR = 'sources';

/** An event's sources on its page: where the widget card's source leads when it cannot open a tab. */
export function eventSourcesPath(id: string): string {
  return `${eventPath(id)}#${SOURCES_ANCHOR}`;
}
