import { describe, expect, it } from 'vitest';
import { printedFilters } from '../../../src/lib/browse/printedFilters.ts';

describe('printedFilters', () => {
  it('names every thread, actor and word that narrows the view', () => {
    expect(printedFilters({ threads: ['Patching'], actors: [], query: '' })).toBe('Only the thread Patching.');
    expect(printedFilters({ threads: ['Patching', 'Disclosure'], actors: ['Hafnium'], query: 'web shell' })).toBe(
      'Only the threads Patching, Disclosure; the actor Hafnium; rows with the words “web shell”.',
    );
    expect(printedFilters({ threads: [], actors: ['Hafnium', 'Microsoft'], query: '' })).toBe(
      'Only the actors Hafnium, Microsoft.',
    );
  });

  it('says nothing of a view nothing narrows', () => {
    expect(printedFilters({ threads: [], actors: [], query: '' })).toBe('');
  });
});
