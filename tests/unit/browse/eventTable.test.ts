import { describe, expect, it } from 'vitest';
import {
  foldText,
  matchesWords,
  parseTableView,
  queryWords,
  serializeTableView,
  type SortableRow,
  sortRows,
} from '../../../src/lib/browse/eventTable.ts';
import { rankRows } from '../../../src/lib/model/tableRanks.ts';

describe('parseTableView', () => {
  it('reads the text filter, the sort column and its direction', () => {
    expect(parseTableView('?q=patch%20day&sort=date&dir=desc')).toEqual({
      query: 'patch day',
      sort: { key: 'date', descending: true },
    });
    expect(parseTableView('?sort=title').sort).toEqual({ key: 'title', descending: false });
  });

  it('keeps reading order for an unknown, hostile or prototype sort key', () => {
    for (const key of ['<script>', 'Date', '__proto__', 'constructor', 'date\u200B'])
      expect(parseTableView(`?sort=${encodeURIComponent(key)}`).sort).toBeNull();
  });

  it('keeps at most 100 characters of the text filter, however long the value', () => {
    expect(parseTableView(`?q=${'a'.repeat(5000)}`).query).toHaveLength(100);
    expect(parseTableView('?q=%E0%A4%A').query.length).toBeLessThanOrEqual(100);
  });
});

describe('serializeTableView', () => {
  it('writes the view beside the chips’ parameters, which it keeps', () => {
    const search = serializeTableView(
      { query: 'fbi', sort: { key: 'sources', descending: true } },
      '?thread=attribution',
    );
    expect(new URLSearchParams(search).getAll('thread')).toEqual(['attribution']);
    expect(parseTableView(search)).toEqual({ query: 'fbi', sort: { key: 'sources', descending: true } });
  });

  it('writes nothing for the default view', () => {
    expect(serializeTableView({ query: '', sort: null }, '?q=old&sort=date&dir=asc')).toBe('');
  });
});

const row = (order: number, keys: Partial<SortableRow['keys']>): SortableRow => ({
  order,
  keys: { date: '', title: '', thread: '', actors: '', cves: '', sources: 0, ...keys },
});

describe('sortRows', () => {
  const rows = [
    row(0, { date: '2021-03-02T00:00:00.000Z', title: 'b', cves: 'CVE-2021-26855', sources: 3 }),
    row(1, { date: '2021-01-05T00:00:00.000Z', title: 'A', cves: '', sources: 10 }),
    row(2, { date: '2021-03-02T00:00:00.000Z', title: 'c', cves: 'CVE-2021-2685', sources: 3 }),
  ];
  const orders = (sorted: SortableRow[]) => sorted.map((r) => r.order);

  it('sorts dates ascending and descending, equal dates staying in reading order', () => {
    expect(orders(sortRows(rows, { key: 'date', descending: false }))).toEqual([1, 0, 2]);
    expect(orders(sortRows(rows, { key: 'date', descending: true }))).toEqual([0, 2, 1]);
  });

  it('compares text without regard to case and numbers by value', () => {
    expect(orders(sortRows(rows, { key: 'title', descending: false }))).toEqual([1, 0, 2]);
    expect(orders(sortRows(rows, { key: 'sources', descending: true }))).toEqual([1, 0, 2]);
  });

  it('puts empty cells last in either direction', () => {
    expect(orders(sortRows(rows, { key: 'cves', descending: false }))).toEqual([2, 0, 1]);
    expect(orders(sortRows(rows, { key: 'cves', descending: true }))).toEqual([0, 2, 1]);
  });

  it('returns reading order without a sort, leaving its input alone', () => {
    const shuffled = [rows[2], rows[0], rows[1]];
    expect(orders(sortRows(shuffled, null))).toEqual([0, 1, 2]);
    expect(orders(shuffled)).toEqual([2, 0, 1]);
  });
});

describe('rankRows', () => {
  it('ranks each column from 1 in A-to-Z order, equal keys sharing a rank and empty cells left empty', () => {
    const rows = [
      row(0, { title: 'b', cves: 'CVE-2021-26855', sources: 3 }),
      row(1, { title: 'A', cves: '', sources: 10 }),
      row(2, { title: 'B', cves: 'CVE-2021-2685', sources: 3 }),
    ];
    const ranks = rankRows(rows);
    expect(rows.map((r) => ranks.get(r)!.title)).toEqual([2, 1, 2]);
    expect(rows.map((r) => ranks.get(r)!.cves)).toEqual([2, '', 1]);
    expect(rows.map((r) => ranks.get(r)!.sources)).toEqual([1, 2, 1]);
  });

  it('sorting by the ranks gives the order sorting by the keys gives', () => {
    const rows = [
      row(0, { date: '2021-03-02T00:00:00.000Z', actors: 'Microsoft' }),
      row(1, { date: '2021-01-05T00:00:00.000Z', actors: 'CISA, FBI' }),
      row(2, { date: '2021-03-02T00:00:00.000Z', actors: '' }),
    ];
    const ranks = rankRows(rows);
    const ranked = rows.map((r) => ({ order: r.order, keys: { ...r.keys, ...ranks.get(r)! } }));
    for (const key of ['date', 'actors'] as const)
      for (const descending of [false, true])
        expect(sortRows(ranked, { key, descending }).map((r) => r.order)).toEqual(
          sortRows(rows, { key, descending }).map((r) => r.order),
        );
  });
});

describe('matchesWords', () => {
  const text = foldText('2 March 2021 Microsoft ships emergency fixes and names HAFNIUM Café CVE-2021-26855');

  it('needs every word, in any order and any case', () => {
    expect(matchesWords(text, queryWords('hafnium  MICROSOFT'))).toBe(true);
    expect(matchesWords(text, queryWords('hafnium volexity'))).toBe(false);
  });

  it('ignores accents both ways, and an empty query matches everything', () => {
    expect(matchesWords(text, queryWords('cafe'))).toBe(true);
    expect(matchesWords(foldText('Cafe'), queryWords('café'))).toBe(true);
    expect(matchesWords(text, queryWords(' '))).toBe(true);
  });
});
