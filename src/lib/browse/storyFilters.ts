/**
 * The reader's filters, kept in the query string (`?thread=attribution&actor=apt40`) so a filtered
 * view can be shared. Values come from the URL, so they are hostile until checked: only known ids
 * survive parsing, and nothing from the URL is ever used as markup.
 */

/** Selected thread and actor ids; empty lists mean "everything". */
export interface StoryFilters {
  threads: string[];
  actors: string[];
}

/** What an event offers to the filters. */
export interface Filterable {
  thread: string;
  actors: readonly string[];
}

/** The ids that may appear in a filter. */
export interface FilterVocabulary {
  threads: readonly string[];
  actors: readonly string[];
}

const MAX_VALUES = 20;

/** Reads the filters from a query string, keeping known ids only, each once, in vocabulary order. */
export function parseFilters(search: string, known: FilterVocabulary): StoryFilters {
  const params = new URLSearchParams(search);
  const pick = (key: string, allowed: readonly string[]) => {
    const wanted = new Set(params.getAll(key).slice(0, MAX_VALUES));
    return allowed.filter((id) => wanted.has(id));
  };
  return { threads: pick('thread', known.threads), actors: pick('actor', known.actors) };
}

/** Writes the filters into a query string, keeping any unrelated parameters as they were. */
export function serializeFilters(filters: StoryFilters, search = ''): string {
  const params = new URLSearchParams(search);
  params.delete('thread');
  params.delete('actor');
  for (const id of filters.threads) params.append('thread', id);
  for (const id of filters.actors) params.append('actor', id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when an event passes: its thread is selected (or none is) and it has a selected actor (or none is). */
export function matchesFilters(event: Filterable, filters: StoryFilters): boolean {
  const byThread = filters.threads.length === 0 || filters.threads.includes(event.thread);
  const byActor = filters.actors.length === 0 || event.actors.some((a) => filters.actors.includes(a));
  return byThread && byActor;
}

/** Adds the id to the list if absent, removes it if present. */
export function toggleId(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

/** True when no filter is set. */
export function isUnfiltered(filters: StoryFilters): boolean {
  return filters.threads.length === 0 && filters.actors.length === 0;
}
