/**
 * Build-time help for the events table: each row's sort keys, and its rank in every column, so the
 * browser sorts thousands of rows by plain numbers instead of collating text.
 */
import { compareKeys, SORT_KEYS, type SortableRow, type SortKey, sortRows } from '../browse/eventTable.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** Each row's rank in every column, from 1 in A-to-Z order: equal keys share one; empty cells stay ''. */
export function rankRows<T extends SortableRow>(rows: readonly T[]): Map<T, Record<SortKey, number | ''>> {
  const ranks = new Map(rows.map((row) => [row, {} as Record<SortKey, number | ''>]));
  for (const key of SORT_KEYS) {
    let rank = 0;
    let previous: string | number | undefined;
    for (const row of sortRows(rows, { key, descending: false })) {
      const value = row.keys[key];
      if (previous === undefined || compareKeys(value, previous) !== 0) rank++;
      previous = value;
      ranks.get(row)![key] = value === '' ? '' : rank;
    }
  }
  return ranks;
}

/** An event's key in each sortable column, from what its row shows. */
export function sortKeysOf(
  event: Pick<TimelineEvent, 'date' | 'title' | 'cves' | 'sources'>,
  threadLabel: string,
  actorNames: readonly string[],
): Record<SortKey, string | number> {
  return {
    date: event.date.start.toISOString(),
    title: event.title,
    thread: threadLabel,
    actors: actorNames.join(', '),
    cves: event.cves.join(' '),
    sources: event.sources.length,
  };
}
