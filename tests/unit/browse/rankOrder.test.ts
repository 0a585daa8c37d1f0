import { describe, expect, it } from 'vitest';
import { type SortableRow, sortRows } from '../../../src/lib/browse/eventTable.ts';
import { orderByRank, rankOrders } from '../../../src/lib/browse/rankOrder.ts';
import { rankRows } from '../../../src/lib/model/tableRanks.ts';

const row = (order: number, keys: Partial<SortableRow['keys']>): SortableRow => ({
  order,
  keys: { date: '', title: '', thread: '', actors: '', cves: '', sources: '', ...keys },
});
const orders = (sorted: readonly SortableRow[]) => sorted.map((r) => r.order);

describe('orderByRank', () => {
  // Ranks as the build writes them: equal keys share one, empty cells have none.
  const rows = [row(0, { title: 2, cves: 1 }), row(1, { title: 1, cves: '' }), row(2, { title: 2, cves: 3 })];

  it('puts rows in rank order, equal ranks in reading order, whichever the direction', () => {
    expect(orders(orderByRank(rows, { key: 'title', descending: false }))).toEqual([1, 0, 2]);
    expect(orders(orderByRank(rows, { key: 'title', descending: true }))).toEqual([0, 2, 1]);
  });

  it('puts empty cells last in either direction', () => {
    expect(orders(orderByRank(rows, { key: 'cves', descending: false }))).toEqual([0, 2, 1]);
    expect(orders(orderByRank(rows, { key: 'cves', descending: true }))).toEqual([2, 0, 1]);
  });

  it('orders by the build’s ranks as sorting by the cells’ own text does', () => {
    const names = ['Volexity', 'cisa', 'CISA, FBI', '', 'Microsoft', 'microsoft', 'DEVCORE 2', 'DEVCORE 10', ''];
    const plain = names.map((actors, order) => row(order, { actors, sources: (order * 7) % 4 }));
    const ranks = rankRows(plain);
    const ranked = plain.map((r) => ({ order: r.order, keys: { ...r.keys, ...ranks.get(r)! } }));
    for (const key of ['actors', 'sources'] as const)
      for (const descending of [false, true])
        expect(orders(orderByRank(ranked, { key, descending }))).toEqual(orders(sortRows(plain, { key, descending })));
  });
});

describe('rankOrders', () => {
  const rows = [row(0, { date: 2 }), row(1, { date: 1 })];

  it('gives reading order without a sort, and each sort however often it is asked for', () => {
    const orderOf = rankOrders(rows);
    expect(orders(orderOf(null))).toEqual([0, 1]);
    for (let i = 0; i < 2; i++) {
      expect(orders(orderOf({ key: 'date', descending: false }))).toEqual([1, 0]);
      expect(orders(orderOf({ key: 'date', descending: true }))).toEqual([0, 1]);
    }
  });
});
