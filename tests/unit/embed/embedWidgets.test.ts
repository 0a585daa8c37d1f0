import { describe, expect, it } from 'vitest';
import { embedCatalogue } from '../../../src/lib/publish/embedCatalogue.ts';
import {
  builderPath,
  oembedPath,
  widgetImagePath,
  widgetName,
  widgetPagePath,
  widgetPath,
} from '../../../src/lib/embed/embedWidgets.ts';

const timeline = { kind: 'timeline' } as const;
const thread = { kind: 'thread', id: 'exploitation' } as const;
const event = { kind: 'event', id: '2021-03-02-patch' } as const;

describe('embed widgets', () => {
  it('name each widget the way its path and its height messages do', () => {
    expect([timeline, thread, event].map(widgetName)).toEqual([
      'timeline',
      'thread/exploitation',
      'event/2021-03-02-patch',
    ]);
    expect(widgetPath(event)).toBe('embed/event/2021-03-02-patch/');
  });

  it('stand for the story, a thread page or an event page, each with its oEmbed response', () => {
    expect([timeline, thread, event].map(widgetPagePath)).toEqual([
      '',
      'threads/exploitation/',
      'events/2021-03-02-patch/',
    ]);
    expect([timeline, thread, event].map(oembedPath)).toEqual([
      'oembed/story.json',
      'oembed/threads/exploitation.json',
      'oembed/events/2021-03-02-patch.json',
    ]);
  });

  it("use an event's own share image and the story's for the rest", () => {
    expect([timeline, thread, event].map(widgetImagePath)).toEqual([
      'og/story.png',
      'og/story.png',
      'og/2021-03-02-patch.png',
    ]);
  });

  it('open the builder with the widget chosen', () => {
    expect(builderPath(event)).toBe('embed/?widget=event&event=2021-03-02-patch');
    expect(builderPath(thread)).toBe('embed/?widget=thread&thread=exploitation');
    expect(builderPath(timeline)).toBe('embed/');
  });
});

describe('embedCatalogue', () => {
  it('offers the timeline, then each thread, then each event, named for their frames', () => {
    const entries = embedCatalogue(
      { title: 'The Exchange hack: from zero-day to attribution' },
      [{ id: 'exploitation', label: 'Exploitation' }],
      [{ id: 'e1', title: 'Microsoft ships fixes' }],
    );
    expect(entries).toEqual([
      { widget: timeline, title: 'The Exchange hack: the timeline' },
      { widget: { kind: 'thread', id: 'exploitation' }, title: 'The Exchange hack: Exploitation' },
      { widget: { kind: 'event', id: 'e1' }, title: 'Microsoft ships fixes' },
    ]);
  });
});
