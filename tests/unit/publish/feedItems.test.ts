import { describe, expect, it } from 'vitest';
import { buildFeedItems } from '../../../src/lib/publish/feedItems.ts';
import { frameCorrections } from '../../../src/lib/model/frameCorrections.ts';
import { actors, address, events, story, threads } from '../support/storyFixture.ts';

const items = buildFeedItems({ events, threadLabels: new Map(threads.map((t) => [t.id, t.label])), ...address });

describe('buildFeedItems', () => {
  it('has an item per event and one per correction', () => {
    expect(items).toHaveLength(4 + 2);
  });

  it('puts the newest first, so a correction made after publication leads', () => {
    expect(items.map((i) => i.title).slice(0, 2)).toEqual([
      'Correction: Scanning spreads',
      'Correction: Scanning spreads',
    ]);
    expect(items[0].pubDate.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    const times = items.map((i) => i.pubDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('links each correction to its own anchor on the event page, so every link is unique', () => {
    expect(items[0].link).toBe('https://news.example/timeline/events/2021-03-05-scans/#correction-2');
    expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
  });

  it('dates an event item when the event happened, in UTC', () => {
    const patch = items.find((i) => i.link.endsWith('/events/2021-03-02-patch/'))!;
    expect(patch.pubDate.toISOString()).toBe('2021-03-02T22:00:00.000Z');
    expect(patch.categories).toEqual(['Disclosure and patch', 'CVE-2021-26855']);
    expect(patch.description).toBe('Something happens.');
  });
});

describe('buildFeedItems with corrections to the frame', () => {
  const withFrame = buildFeedItems({
    events,
    threadLabels: new Map(threads.map((t) => [t.id, t.label])),
    frame: frameCorrections(story, actors),
    ...address,
  });

  it('adds an item per frame correction, titled with the passage and dated when it was made', () => {
    expect(withFrame).toHaveLength(items.length + 2);
    const hafnium = withFrame.find((i) => i.title === 'Correction: HAFNIUM')!;
    expect(hafnium.pubDate.toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(hafnium.description).toBe('The description gave the wrong date.');
    expect(hafnium.categories).toEqual(['Corrections']);
  });

  it('links each to its own entry in the corrections log, keeping every link unique', () => {
    expect(withFrame[0].link).toBe('https://news.example/timeline/how-we-made-this/#correction-actors-hafnium-1');
    expect(new Set(withFrame.map((i) => i.link)).size).toBe(withFrame.length);
  });
});
