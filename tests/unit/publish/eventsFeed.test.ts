import { describe, expect, it } from 'vitest';
import { buildEventsFeed, EVENTS_FEED_VERSION, lastUpdated } from '../../../src/lib/publish/eventsFeed.ts';
import { actors, address, events, story, threads } from '../support/storyFixture.ts';

const feed = buildEventsFeed({ story, threads, actors, events, ...address });
const byId = (id: string) => feed.events.find((e) => e.id === id)!;

describe('buildEventsFeed', () => {
  it('carries a format version and one entry per event, in reading order', () => {
    expect(feed.version).toBe(EVENTS_FEED_VERSION);
    expect(feed.count).toBe(4);
    expect(feed.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('gives absolute URLs under the base path for the page, the story anchor, the image and actors', () => {
    const e = byId('2021-03-02-patch');
    expect(e.url).toBe('https://news.example/timeline/events/2021-03-02-patch/');
    expect(e.storyUrl).toBe('https://news.example/timeline/#2021-03-02-patch');
    expect(e.image).toBe('https://news.example/timeline/og/2021-03-02-patch.png');
    expect(e.actors).toEqual([
      { id: 'microsoft', name: 'Microsoft', url: 'https://news.example/timeline/actors/microsoft/' },
      { id: 'hafnium', name: 'HAFNIUM', url: 'https://news.example/timeline/actors/hafnium/' },
    ]);
    expect(feed.url).toBe('https://news.example/timeline/');
  });

  it('publishes each date with its precision and the UTC period it covers', () => {
    expect(byId('2021-01-devcore').date).toMatchObject({
      iso: '2021-01',
      precision: 'month',
      start: '2021-01-01T00:00:00.000Z',
      end: '2021-02-01T00:00:00.000Z',
      label: 'January 2021',
    });
    expect(byId('2021-03-02-patch').date).toMatchObject({
      iso: '2021-03-02T14:00-08:00',
      precision: 'minute',
      start: '2021-03-02T22:00:00.000Z',
      end: '2021-03-02T22:01:00.000Z',
      timeZone: 'America/Los_Angeles',
    });
  });

  it('publishes the end of a span, and null for a single date', () => {
    expect(byId('2021-03-05-scans').endDate).toEqual({
      iso: '2021-03-09',
      precision: 'day',
      start: '2021-03-09T00:00:00.000Z',
      end: '2021-03-10T00:00:00.000Z',
    });
    expect(byId('2021-03-05-scans').date.approximate).toBe(true);
    expect(byId('2021-07-19-blame').endDate).toBeNull();
  });

  it('names the thread, and uses null rather than omitting optional fields', () => {
    const e = byId('2021-07-19-blame');
    expect(e.thread).toEqual({ id: 'blame', label: 'Attribution' });
    expect(e.contested).toBeNull();
    expect(e.sources[0].archive).toBeNull();
    expect(e.date.timeZone).toBeNull();
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(feed))).toEqual(feed);
  });
});

describe('lastUpdated', () => {
  it('is the latest correction, whatever order they are listed in', () => {
    const corrections = [
      { date: '2026-12-01', text: 'b' },
      { date: '2026-11-27', text: 'a' },
    ];
    expect(lastUpdated({ corrections }, '2026-11-26')).toBe('2026-12-01');
  });

  it("falls back to the story's last update for an event never corrected", () => {
    expect(lastUpdated({ corrections: [] }, '2026-11-28')).toBe('2026-11-28');
  });
});
