import type { SortKey, TableSort } from './eventTable.ts';

/** How each sort is read out: the column's name and its two directions. */
const SPOKEN: Record<SortKey, [string, string, string]> = {
  date: ['date', 'oldest first', 'newest first'],
  title: ['headline', 'A to Z', 'Z to A'],
  thread: ['thread', 'A to Z', 'Z to A'],
  actors: ['actors', 'A to Z', 'Z to A'],
  cves: ['CVE', 'lowest first', 'highest first'],
  sources: ['number of sources', 'fewest first', 'most first'],
};

/** The sentence announced after every change: "Showing 12 of 46 events, sorted by date, newest first." */
export function tableStatus(shown: number, total: number, sort: TableSort | null): string {
  const count = shown === total ? `Showing all ${total} events` : `Showing ${shown} of ${total} events`;
  if (!sort) return `${count}, in reading order.`;
  const [name, up, down] = SPOKEN[sort.key];
  return `${count}, sorted by ${name}, ${sort.descending ? down : up}.`;
}
