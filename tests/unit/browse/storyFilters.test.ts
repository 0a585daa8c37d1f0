import { describe, expect, it } from 'vitest';
import {
  isUnfiltered,
  matchesFilters,
  parseFilters,
  serializeFilters,
  toggleId,
} from '../../../src/lib/browse/storyFilters.ts';

const known = { threads: ['exploitation', 'attribution'], actors: ['apt40', 'hafnium', 'mss'] };

describe('parseFilters', () => {
  it('reads threads and actors from the query string', () => {
    expect(parseFilters('?thread=attribution&actor=apt40', known)).toEqual({
      threads: ['attribution'],
      actors: ['apt40'],
    });
  });

  it('ignores unknown ids, hostile values and repeats', () => {
    const search =
      '?thread=<script>alert(1)</script>&thread=attribution&thread=attribution&actor=javascript:alert(1)&actor=MSS';
    expect(parseFilters(search, known)).toEqual({ threads: ['attribution'], actors: [] });
  });

  it('keeps the vocabulary order, so equal filters read the same', () => {
    expect(parseFilters('?actor=mss&actor=apt40', known).actors).toEqual(['apt40', 'mss']);
  });

  it('reads nothing from an empty or malformed query', () => {
    expect(isUnfiltered(parseFilters('', known))).toBe(true);
    expect(isUnfiltered(parseFilters('?thread&actor=%E0%A4%A', known))).toBe(true);
  });
});

describe('serializeFilters', () => {
  it('writes a shareable query and keeps unrelated parameters', () => {
    expect(serializeFilters({ threads: ['attribution'], actors: ['apt40'] }, '?utm_source=x&thread=exploitation')).toBe(
      '?utm_source=x&thread=attribution&actor=apt40',
    );
  });

  it('writes nothing when cleared', () => {
    expect(serializeFilters({ threads: [], actors: [] }, '?thread=attribution')).toBe('');
  });

  it('round-trips through parseFilters', () => {
    const filters = { threads: ['exploitation', 'attribution'], actors: ['hafnium'] };
    expect(parseFilters(serializeFilters(filters), known)).toEqual(filters);
  });
});

describe('matchesFilters', () => {
  const event = { thread: 'attribution', actors: ['mss'] };

  it('passes everything when unfiltered', () => {
    expect(matchesFilters(event, { threads: [], actors: [] })).toBe(true);
  });

  it('needs both the thread and an actor to match when both are set', () => {
    expect(matchesFilters(event, { threads: ['attribution'], actors: ['mss'] })).toBe(true);
    expect(matchesFilters(event, { threads: ['attribution'], actors: ['apt40'] })).toBe(false);
    expect(matchesFilters(event, { threads: ['exploitation'], actors: [] })).toBe(false);
  });

  it('lets an event without actors through only when no actor is selected', () => {
    expect(matchesFilters({ thread: 'attribution', actors: [] }, { threads: [], actors: [] })).toBe(true);
    expect(matchesFilters({ thread: 'attribution', actors: [] }, { threads: [], actors: ['mss'] })).toBe(false);
  });
});

describe('toggleId', () => {
  it('adds a missing id and removes a present one', () => {
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleId(['a', 'b'], 'a')).toEqual(['b']);
  });
});
