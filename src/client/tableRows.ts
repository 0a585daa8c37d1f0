/**
 * The events table's rows, read once from the server-rendered markup: each row's rank in every
 * sortable column (data-sort-value, worked out at build time), its folded text for the text filter,
 * its thread and actors for the chips, and its /events.csv record. Showing a view puts its rows first
 * in the body and takes the rest out, so its cost does not grow with the table.
 */
import { foldText, type SortableRow, type SortKey } from '../lib/browse/eventTable.ts';
import type { Filterable } from '../lib/browse/storyFilters.ts';

/** One row of the table, with what the sort, the filters and the download need. */
export interface TableRow extends SortableRow, Filterable {
  element: HTMLTableRowElement;
  text: string;
  csv: string;
}

/** Reads every body row of `table`, keyed by the columns its headers name in data-sort-key. */
export function readRows(table: HTMLTableElement): TableRow[] {
  const columns = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.dataset.sortKey as SortKey | undefined);
  return [...table.tBodies[0].rows].map((element, order) => {
    const keys = {} as Record<SortKey, string | number>;
    columns.forEach((key, i) => {
      const value = key ? element.cells[i]?.dataset.sortValue : undefined;
      if (key) keys[key] = value ? Number(value) : '';
    });
    return {
      element,
      order,
      keys,
      text: foldText(element.textContent ?? ''),
      thread: element.dataset.thread ?? '',
      actors: (element.dataset.actors ?? '').split(' '),
      csv: element.dataset.csv ?? '',
    };
  });
}

/**
 * Makes `rows` (the first rows of a view, in order) the body's first rows, and returns how many rows
 * the view does not show are still in the body. Those leave the document, but at most `drop` of them
 * in one call: the others stay after the view's rows for a later call, below the screen when `rows`
 * fill it, as taking a row out costs the teardown of its layout. A table lays out all the rows it
 * holds, so a view costs its own rows' layout however long the table is.
 */
export function showRows(body: HTMLTableSectionElement, rows: readonly TableRow[], drop: number): number {
  const current = [...body.rows];
  let kept = 0;
  while (kept < rows.length && current[kept] === rows[kept].element) kept++;
  const fresh = rows.slice(kept).map((row) => row.element);
  if (current[kept]) current[kept].before(...fresh);
  else body.append(...fresh);
  const stale = [...body.rows].slice(rows.length);
  for (const row of stale.slice(Math.max(0, stale.length - drop))) row.remove();
  return Math.max(0, stale.length - drop);
}
