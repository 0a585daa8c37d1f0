import { describe, expect, it } from 'vitest';
import { parseEventDate } from '../../../src/lib/dates/eventDate.ts';
import { buildTimelineJs, timelineJsDate } from '../../../src/lib/publish/timelineJs.ts';
import { address, events, story, threads } from '../support/storyFixture.ts';

const doc = buildTimelineJs({ story, threads, events, ...address });

describe('timelineJsDate', () => {
  it('gives only the parts the precision justifies', () => {
    expect(timelineJsDate(parseEventDate('2021-03')!)).toEqual({ year: 2021, month: 3 });
    expect(timelineJsDate(parseEventDate('2021-03-02')!)).toEqual({ year: 2021, month: 3, day: 2 });
  });

  it('keeps the wall-clock time a moment was written in, not UTC', () => {
    // 14:00 in Los Angeles is 22:00 UTC; TimelineJS shows dates as given.
    expect(timelineJsDate(parseEventDate('2021-03-02T14:00-08:00')!)).toEqual({
      year: 2021,
      month: 3,
      day: 2,
      hour: 14,
      minute: 0,
    });
  });
});

describe('buildTimelineJs', () => {
  it('opens with a title slide from the story', () => {
    expect(doc.title.text.headline).toBe('The Exchange hack: from zero-day to attribution');
    expect(doc.title.text.text).toContain('How four flaws');
  });

  it('makes a slide per event, grouped by thread label, with its date as readers see it', () => {
    expect(doc.events).toHaveLength(4);
    expect(doc.events.map((e) => e.group)).toEqual([
      'Disclosure and patch',
      'Disclosure and patch',
      'Disclosure and patch',
      'Attribution',
    ]);
    expect(doc.events[1].display_date).toBe('2 March 2021, 14:00 PST');
    expect(doc.events[1].unique_id).toBe('2021-03-02-patch');
  });

  it('gives a span an end date and a single date none', () => {
    expect(doc.events[2].end_date).toEqual({ year: 2021, month: 3, day: 9 });
    expect(doc.events[3]).not.toHaveProperty('end_date');
  });

  it('escapes text, since TimelineJS inserts it as HTML', () => {
    expect(doc.events[1].text.headline).toBe('Microsoft &#60;ships&#62; fixes');
  });

  it("links each slide to the event's page under the base path", () => {
    expect(doc.events[0].text.text).toContain('href="https://news.example/timeline/events/2021-01-devcore/"');
  });

  it('turns the chapters on the axis into eras, leaving out the background', () => {
    expect(doc.eras.map((e) => e.text.headline)).toEqual(['Before the patch', 'After the patch']);
    expect(doc.eras[0].start_date).toEqual({ year: 2021, month: 1, day: 1 });
  });
});
