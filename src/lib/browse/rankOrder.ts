/**
 * The events table's orders, worked out once per column and direction from the ranks the build wrote
 * (data-sort-value, tableRanks.ts): a bucket per rank instead of a comparison sort, so choosing a sort
 * after the first costs nothing, however many rows there are.
 */
import type { SortableRow, TableSort } from './eventTable.ts';

/**
 * The rows (given in reading order) in the order of `sort`, as `sortRows` puts them: empty cells last
 * either way, ties in reading order. The keys must be ranks, 1 and up, as `rankRows` gives them. A
 * counting sort: one pass counts the rows of each rank, one places them.
 */
export function orderByRank<T extends SortableRow>(rows: readonly T[], sort: TableSort): T[] {
  let top = 0;
  for (const row of rows) top = Math.max(top, rankOf(row, sort));
  // Slot 0 to top - 1 hold the ranks in the sort's direction; slot top the empty cells.
  const slotOf = (row: T) => {
    const rank = rankOf(row, sort);
    return rank === 0 ? top : sort.descending ? top - rank : rank - 1;
  };
  const next = new Uint32Array(top + 1);
  for (const row of rows) next[slotOf(row)]++;
  for (let slot = 0, start = 0; slot <= top; slot++) [next[slot], start] = [start, start + next[slot]];
  const order = new Array<T>(rows.length);
  for (const row of rows) order[next[slotOf(row)]++] = row;
  return order;
}

/** A row's rank in the sort's column, 0 for an empty cell. */
function rankOf(row: SortableRow, sort: TableSort): number {
  const rank = row.keys[sort.key];
  return typeof rank === 'number' ? rank : 0;
}

/** A memo of `orderByRank` over one set of rows: each sort is worked out the first time it is asked for. */
export function rankOrders<T extends SortableRow>(rows: readonly T[]): (sort: TableSort | null) => readonly T[] {
  const orders = new Map<string, T[]>();
  return (sort) => {
    if (!sort) return rows;
    const id = `${sort.key}:${sort.descending}`;
    let order = orders.get(id);
    if (!order) orders.set(id, (order = orderByRank(rows, sort)));
    return order;
  };
}
