import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { widgetOembed } from '../../src/lib/oembed.ts';

const story = { title: 'The Exchange hack: from zero-day to attribution', byline: 'By the Timeline Desk' };
const address = { site: 'https://news.example', base: '/timeline/' };

describe('widgetOembed', () => {
  const event = widgetOembed(
    { widget: { kind: 'event', id: '2021-03-02-patch' }, title: 'Microsoft ships fixes' },
    story,
    address,
  );

  it('is a rich oEmbed 1.0 response with whole-pixel dimensions', () => {
    expect(event).toMatchObject({ type: 'rich', version: '1.0', title: 'Microsoft ships fixes' });
    expect(Number.isInteger(event.width) && Number.isInteger(event.height)).toBe(true);
  });

  it('names the outlet and the byline, at the site under its base path', () => {
    expect(event).toMatchObject({
      provider_name: 'The Exchange hack',
      provider_url: 'https://news.example/timeline/',
      author_name: 'the Timeline Desk',
      author_url: 'https://news.example/timeline/',
      cache_age: 3600,
    });
  });

  it("uses an event's own 1200×630 share image and the story's for the timeline", () => {
    expect(event).toMatchObject({
      thumbnail_url: 'https://news.example/timeline/og/2021-03-02-patch.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    const timeline = widgetOembed({ widget: { kind: 'timeline' }, title: 'T' }, story, address);
    expect(timeline.thumbnail_url).toBe('https://news.example/timeline/og/story.png');
  });

  it("holds the loader snippet, whose fallback link is the widget's page", () => {
    const html = parse(event.html);
    expect(html.querySelector('[data-timeline-embed]')!.getAttribute('data-timeline-embed')).toBe(
      'event/2021-03-02-patch/',
    );
    expect(html.querySelector('a')!.getAttribute('href')).toBe(
      'https://news.example/timeline/events/2021-03-02-patch/',
    );
    expect(html.querySelector('script')!.getAttribute('src')).toBe('https://news.example/timeline/embed/v1.js');
  });
});
