import { describe, expect, it } from 'vitest';
import { passingRows, type PassableRow } from '../../../src/lib/browse/passingRows.ts';

const row = (order: number, thread: string, actors: string[], text: string): PassableRow => ({
  order,
  thread,
  actors,
  text,
});
const rows = [
  row(0, 'exploitation', ['hafnium'], 'hafnium exploits exchange'),
  row(1, 'disclosure', ['microsoft'], 'microsoft patches exchange'),
  row(2, 'exploitation', ['microsoft', 'hafnium'], 'microsoft names hafnium'),
];
const passing = (flags: Uint8Array | null) => (flags ? rows.filter((r) => flags[r.order]).map((r) => r.order) : null);
const none = { threads: [], actors: [] };

describe('passingRows', () => {
  it('flags nothing when nothing filters', () => {
    expect(passingRows(rows)(none, '  ')).toBeNull();
  });

  it('keeps the rows of the chosen thread and actor that hold every word, in any case', () => {
    const pass = passingRows(rows);
    expect(passing(pass({ threads: ['exploitation'], actors: [] }, ''))).toEqual([0, 2]);
    expect(passing(pass({ threads: ['exploitation'], actors: ['microsoft'] }, ''))).toEqual([2]);
    expect(passing(pass(none, 'EXCHANGE'))).toEqual([0, 1]);
    expect(passing(pass({ threads: ['exploitation'], actors: [] }, 'exchange hafnium'))).toEqual([0]);
  });

  it('works the flags out again only when the filters change', () => {
    const pass = passingRows(rows);
    const first = pass({ threads: ['disclosure'], actors: [] }, 'patches');
    expect(pass({ threads: ['disclosure'], actors: [] }, 'patches')).toBe(first);
    expect(passing(pass({ threads: ['disclosure'], actors: [] }, 'names'))).toEqual([]);
    expect(passing(pass(none, ''))).toBeNull();
  });
});
