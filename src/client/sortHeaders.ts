/**
 * Sort buttons in the table's column headers (th[data-sort-key]): made here, because without
 * JavaScript they would do nothing. Each click moves that column on from ascending to descending to
 * the reading order; the sorted header carries aria-sort, the others none.
 */
import { SORT_KEYS, type SortKey, type TableSort } from '../lib/browse/eventTable.ts';

/** The header buttons: `show` marks the current sort; `teardown` removes the listener. */
export interface SortHeaders {
  show: (sort: TableSort | null) => void;
  teardown: () => void;
}

/** The sort after a click on `key`'s header, given the current one. */
function nextSort(current: TableSort | null, key: SortKey): TableSort | null {
  if (current?.key !== key) return { key, descending: false };
  return current.descending ? null : { key, descending: true };
}

/** Turns each sortable header of `head` into a button; `onSort` runs with the new sort after a click. */
export function wireSortHeaders(
  head: HTMLTableSectionElement,
  current: () => TableSort | null,
  onSort: (sort: TableSort | null) => void,
): SortHeaders {
  const headers = [...head.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')];
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.dataset.sortButton = th.dataset.sortKey;
    const arrow = document.createElement('span');
    arrow.className = 'sort-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    button.append(...th.childNodes, arrow);
    th.append(button);
  }
  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort-button]');
    const key = SORT_KEYS.find((k) => k === button?.dataset.sortButton);
    if (key) onSort(nextSort(current(), key));
  };
  head.addEventListener('click', onClick);
  return {
    show: (sort) => {
      for (const th of headers) {
        if (sort && th.dataset.sortKey === sort.key)
          th.setAttribute('aria-sort', sort.descending ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      }
    },
    teardown: () => head.removeEventListener('click', onClick),
  };
}
