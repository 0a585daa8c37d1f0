/**
 * The events table's rows, read once from the server-rendered markup: each row's rank in every
 * sortable column (data-sort-value, worked out at build time), its folded text for the text filter,
 * its thread and actors for the chips, and its /events.csv record. Showing a view puts one page of rows
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
 * Makes `rows` (one page of the view, in order) the rows of the table's first body. Rows outside the page
 * leave the document rather than being hidden: a table lays out all the rows it holds. When the view no
 * longer starts with the rows shown, its rows go into a new body before the old one, and the old body is
 * hidden (data-leaving, table.css) for `dropLeaving` to take out in a later frame: taking out a page of
 * rows one by one cost 10 ms or more of script in the change's own frame at 4x CPU.
 */
export function showRows(table: HTMLTableElement, rows: readonly TableRow[]): void {
  const body = table.tBodies[0];
  const current = body.rows;
  let kept = 0;
  while (kept < rows.length && current[kept] === rows[kept].element) kept++;
  if (kept === 0 && current.length > 0) {
    const fresh = document.createElement('tbody');
    fresh.append(...rows.map((row) => row.element));
    body.toggleAttribute('data-leaving', true);
    table.insertBefore(fresh, body);
    return;
  }
  while (current.length > kept) current[kept].remove();
  body.append(...rows.slice(kept).map((row) => row.element));
}

/** Takes out of the table the bodies `showRows` moved off the screen. */
export function dropLeaving(table: HTMLTableElement): void {
  for (const body of [...table.tBodies]) if (body.hasAttribute('data-leaving')) body.remove();
}
