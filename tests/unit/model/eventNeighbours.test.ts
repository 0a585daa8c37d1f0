import { describe, expect, it } from 'vitest';
import { eventNeighbours } from '../../../src/lib/model/eventNeighbours.ts';

const events = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('eventNeighbours', () => {
  it('finds the events before and after in reading order', () => {
    expect(eventNeighbours(events, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
  });

  it('has no previous for the first event and no next for the last', () => {
    expect(eventNeighbours(events, 'a').previous).toBeUndefined();
    expect(eventNeighbours(events, 'c').next).toBeUndefined();
  });

  it('has neither for an unknown id', () => {
    expect(eventNeighbours(events, 'z')).toEqual({});
  });
});
