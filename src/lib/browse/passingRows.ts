/**
 * Which rows of the events table pass its filters (the chips and the text filter), worked out once per
 * change of the filters rather than on every sort: a sort then only keeps the passing rows of its
 * order, which at 5,000 rows took a frame's worth of text matching at 4× CPU.
 */
import { matchesWords, queryWords } from './eventTable.ts';
import { isUnfiltered, matchesFilters, type Filterable, type StoryFilters } from './storyFilters.ts';

/** A row as the filters see it: its place in reading order, its thread and actors, its folded text. */
export interface PassableRow extends Filterable {
  order: number;
  text: string;
}

/**
 * A memo over `rows` (in reading order): given the filters and the text query, a flag per row by
 * `order` (1 passes), or null when nothing filters. The same filters give back the same flags.
 */
export function passingRows(rows: readonly PassableRow[]): (filters: StoryFilters, query: string) => Uint8Array | null {
  let last = '';
  let flags: Uint8Array | null = null;
  return (filters, query) => {
    const words = queryWords(query);
    const id = JSON.stringify([filters.threads, filters.actors, words]);
    if (id === last) return flags;
    last = id;
    flags = null;
    if (words.length || !isUnfiltered(filters)) {
      flags = new Uint8Array(rows.length);
      for (const row of rows) flags[row.order] = matchesFilters(row, filters) && matchesWords(row.text, words) ? 1 : 0;
    }
    return flags;
  };
}
