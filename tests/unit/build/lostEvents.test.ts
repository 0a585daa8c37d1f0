import { describe, expect, it } from 'vitest';
import { type BuiltEventIds, lostEvents } from '../../../src/build/lostEvents.ts';

const published = ['2021-01-05-a', '2021-03-02-b', '2021-07-19-c'];
const complete: BuiltEventIds = { story: published, pages: published, json: published, feed: published };

describe('lostEvents', () => {
  it('finds nothing when every published event is in the story, on its page, in events.json and in the feed', () => {
    expect(lostEvents(published, complete)).toEqual([]);
  });

  it('does not mind the order each place lists events in', () => {
    expect(lostEvents(published, { ...complete, feed: [...published].reverse() })).toEqual([]);
  });

  it('names an event missing from each place', () => {
    const [a, b, c] = published;
    expect(lostEvents(published, { story: [a, b], pages: [b, c], json: [a, c], feed: [a, b, c] })).toEqual([
      `${c}: missing from the story (index.html)`,
      `${a}: missing from its own page (events/<id>/index.html)`,
      `${b}: missing from events.json`,
    ]);
  });

  it('names an event that no published file backs, such as a draft that leaked', () => {
    expect(lostEvents(published, { ...complete, json: [...published, '2021-05-draft'] })).toEqual([
      '2021-05-draft: in events.json, but no published event file has this id',
    ]);
  });

  it('names an event listed twice in one place', () => {
    expect(lostEvents(published, { ...complete, story: [...published, published[1]] })).toEqual([
      `${published[1]}: more than once in the story (index.html)`,
    ]);
  });

  it('reports every event as lost from a build that wrote none', () => {
    expect(lostEvents(published, { story: [], pages: [], json: [], feed: [] })).toHaveLength(12);
  });
});
