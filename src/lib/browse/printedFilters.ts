/** The names of what narrows a view of the table, as a reader chose them. */
export interface FilterNames {
  threads: readonly string[];
  actors: readonly string[];
  query: string;
}

/**
 * The line printed above the table saying what narrows it, since the chips and the text field are not
 * printed: "Only the threads Patching; the actors Hafnium, Microsoft; the words “web shell”." Empty when
 * nothing does.
 */
export function printedFilters({ threads, actors, query }: FilterNames): string {
  const parts = [
    threads.length ? `the ${threads.length > 1 ? 'threads' : 'thread'} ${threads.join(', ')}` : '',
    actors.length ? `the ${actors.length > 1 ? 'actors' : 'actor'} ${actors.join(', ')}` : '',
    query ? `rows with the words “${query}”` : '',
  ].filter(Boolean);
  return parts.length ? `Only ${parts.join('; ')}.` : '';
}
