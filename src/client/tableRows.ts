/**
 * The events table's rows, read once from the server-rendered markup: each row's sort keys (from its
 * cells' data-sort-value or text), its folded text for the text filter, its thread and actors for the
 * chips, and its /events.csv record. Showing them again only moves and hides existing rows.
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
  const columns = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => ({
    key: cell.dataset.sortKey as SortKey | undefined,
    number: cell.hasAttribute('data-sort-number'),
  }));
  return [...table.tBodies[0].rows].map((element, order) => {
    const keys = {} as Record<SortKey, string | number>;
    columns.forEach(({ key, number }, i) => {
      if (!key) return;
      const cell = element.cells[i];
      const value = cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
      keys[key] = number ? Number(value) : value;
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

/** Puts the rows in `ordered` order (only when it changed) and shows those in `shown`. */
export function showRows(body: HTMLTableSectionElement, ordered: readonly TableRow[], shown: ReadonlySet<TableRow>) {
  if (ordered.some((row, i) => body.rows[i] !== row.element)) body.append(...ordered.map((r) => r.element));
  for (const row of ordered) if (row.element.hidden === shown.has(row)) row.element.hidden = !shown.has(row);
}
