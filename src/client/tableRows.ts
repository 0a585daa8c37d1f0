/**
 * The events table's rows, read once from the server-rendered markup: each row's rank in every
 * sortable column (data-sort-value, worked out at build time), its folded text for the text filter,
 * its thread and actors for the chips, and its /events.csv record. Showing a view moves and unhides
 * at most one page of rows and hides the rows shown before, so its cost does not grow with the table.
 */
import { foldText, type SortableRow, type SortKey } from '../lib/eventTable.ts';
import type { Filterable } from '../lib/storyFilters.ts';

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

/** Shows `rows` (one page of the view, in order) at the top of the body, hides those in `before` that are not among them. */
export function showRows(
  body: HTMLTableSectionElement,
  rows: readonly TableRow[],
  before: ReadonlySet<TableRow>,
): Set<TableRow> {
  const now = new Set(rows);
  for (const row of before) if (!now.has(row)) row.element.hidden = true;
  if (
    rows.some((row, i) => row.element !== (i === 0 ? body.firstElementChild : rows[i - 1].element.nextElementSibling))
  )
    body.prepend(...rows.map((r) => r.element));
  for (const row of rows) if (row.element.hidden) row.element.hidden = false;
  return now;
}
