import { describe, expect, it } from 'vitest';
import { searchSummary } from '../../../src/lib/browse/searchSummary.ts';

describe('searchSummary', () => {
  it('says plainly when nothing matches', () => {
    expect(searchSummary(0, 'zzq', 8)).toBe('No event matches “zzq”.');
  });

  it('counts one match in words and more in figures', () => {
    expect(searchSummary(1, 'Psaki', 8)).toBe('One event matches “Psaki”.');
    expect(searchSummary(3, 'patch', 8)).toBe('3 events match “patch”.');
  });

  it('says when only the first results are shown', () => {
    expect(searchSummary(12, 'Exchange', 8)).toBe('12 events match “Exchange”; the first 8 are shown.');
  });
});
