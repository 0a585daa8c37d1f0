/**
 * The events table's own view state, kept in the query string beside the story's filters
 * (`?q=patch&sort=date&dir=desc`), and the sort and text match behind it. Values come from the URL,
 * so they are hostile until checked: sort keys from an allowlist, the text only ever used as text.
 */

/** The columns the table sorts by. */
export const SORT_KEYS = ['date', 'title', 'thread', 'actors', 'cves', 'sources'] as const;

/** One sortable column. */
export type SortKey = (typeof SORT_KEYS)[number];

/** A sort: its column and direction. */
export interface TableSort {
  key: SortKey;
  descending: boolean;
}

/** What the reader chose beyond the chips: a text filter and a sort (null: reading order). */
export interface TableView {
  query: string;
  sort: TableSort | null;
}

/** A row as the sort sees it: its place in reading order and its key in each column ('' when empty). */
export interface SortableRow {
  order: number;
  keys: Readonly<Record<SortKey, string | number>>;
}

const MAX_QUERY = 100;

/** Reads the text filter and the sort from a query string; anything unknown means reading order. */
export function parseTableView(search: string): TableView {
  const params = new URLSearchParams(search);
  const key = params.get('sort');
  const known = SORT_KEYS.find((k) => k === key);
  return {
    query: [...(params.get('q') ?? '')].slice(0, MAX_QUERY).join('').trim(),
    sort: known ? { key: known, descending: params.get('dir') === 'desc' } : null,
  };
}

/** Writes the view into a query string, keeping any other parameters (the chips') as they were. */
export function serializeTableView(view: TableView, search = ''): string {
  const params = new URLSearchParams(search);
  for (const name of ['q', 'sort', 'dir']) params.delete(name);
  if (view.query) params.set('q', view.query);
  if (view.sort) params.set('sort', view.sort.key);
  if (view.sort) params.set('dir', view.sort.descending ? 'desc' : 'asc');
  const text = params.toString();
  return text ? `?${text}` : '';
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Numbers by value, text by the collation (case and accents aside, digits as numbers). */
export function compareKeys(x: string | number, y: string | number): number {
  return typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
}

/** The rows in the order of `sort`: empty cells last either way, ties in reading order; null keeps reading order. */
export function sortRows<T extends SortableRow>(rows: readonly T[], sort: TableSort | null): T[] {
  if (!sort) return [...rows].sort((a, b) => a.order - b.order);
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a.keys[sort.key];
    const y = b.keys[sort.key];
    if ((x === '') !== (y === '')) return x === '' ? 1 : -1;
    return sign * compareKeys(x, y) || a.order - b.order;
  });
}

/** Text folded for matching: lower case, accents removed, so "Hafnium" finds "HAFNIUM" and "é" finds "e". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text filter, folded once, for `matchesWords`. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** True when every word appears in the (folded) text of a row; no words match everything. */
export function matchesWords(foldedText: string, words: readonly string[]): boolean {
  return words.every((word) => foldedText.includes(word));
}
