import { describe, expect, it } from 'vitest';
import { tableStatus } from '../../../src/lib/browse/tableStatus.ts';

describe('tableStatus', () => {
  it('says how many rows show and in what order', () => {
    expect(tableStatus(46, 46, null)).toBe('Showing all 46 events, in reading order.');
    expect(tableStatus(12, 46, { key: 'date', descending: true })).toBe(
      'Showing 12 of 46 events, sorted by date, newest first.',
    );
    expect(tableStatus(0, 46, { key: 'sources', descending: false })).toBe(
      'Showing 0 of 46 events, sorted by number of sources, fewest first.',
    );
  });
});
