/** The event ids a build wrote in each place a published event must appear. */
export interface BuiltEventIds {
  /** Steps of the story page (index.html). */
  story: readonly string[];
  /** Folders of events/<id>/index.html. */
  pages: readonly string[];
  /** Entries of events.json. */
  json: readonly string[];
  /** Event items of feed.xml (corrections aside). */
  feed: readonly string[];
}

const PLACES: Record<keyof BuiltEventIds, string> = {
  story: 'the story (index.html)',
  pages: 'its own page (events/<id>/index.html)',
  json: 'events.json',
  feed: 'the feed (feed.xml)',
};

/**
 * Compares what a build wrote with the published (non-draft) event files on disk: every file must
 * appear once in each place, and nothing may appear that no published file backs (a draft, or a
 * file that is gone). Returns one line per problem; none means no event was lost.
 */
export function lostEvents(published: readonly string[], built: BuiltEventIds): string[] {
  const problems: string[] = [];
  const expected = new Set(published);
  for (const [place, label] of Object.entries(PLACES) as [keyof BuiltEventIds, string][]) {
    const ids = built[place];
    const found = new Set(ids);
    for (const id of published) if (!found.has(id)) problems.push(`${id}: missing from ${label}`);
    for (const id of found)
      if (!expected.has(id)) problems.push(`${id}: in ${label}, but no published event file has this id`);
    for (const id of found)
      if (ids.indexOf(id) !== ids.lastIndexOf(id)) problems.push(`${id}: more than once in ${label}`);
  }
  return problems;
}
