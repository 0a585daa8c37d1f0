import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { widgetOembed } from '../../../src/lib/publish/oembed.ts';

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

  it("holds the loader snippet, whose fallback link, in a blockquote, is the widget's page", () => {
    const html = parse(event.html);
    expect(html.querySelector('[data-timeline-embed]')!.getAttribute('data-timeline-embed')).toBe(
      'event/2021-03-02-patch/',
    );
    expect(html.querySelector('blockquote > a')!.getAttribute('href')).toBe(
      'https://news.example/timeline/events/2021-03-02-patch/',
    );
    expect(html.querySelector('script')!.getAttribute('src')).toBe('https://news.example/timeline/embed/v1.js');
  });

  it("holds, inert in a template, a titled frame of the widget at the response's size, for WordPress", () => {
    const template = parse(event.html).querySelector('template')!;
    const frame = parse(template.innerHTML).querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://news.example/timeline/embed/event/2021-03-02-patch/');
    expect(frame.getAttribute('title')).toBe('Microsoft ships fixes');
    expect([Number(frame.getAttribute('width')), Number(frame.getAttribute('height'))]).toEqual([
      event.width,
      event.height,
    ]);
  });

  // WordPress's block editor (wp-includes/js/dist/block-library.js, getClassNames) pins a frame whose
  // width/height is within 0.1 above one of these ratios to it, and its height messages no longer apply.
  const VIDEO_RATIOS = [2.33, 2, 1.78, 1.33, 1, 0.56, 0.5];
  it.each(['timeline', 'thread', 'event'] as const)(
    "gives the %s widget's frame a size the block editor takes for no video's",
    (kind) => {
      const widget = kind === 'timeline' ? { kind } : { kind, id: 'x' };
      const { width, height } = widgetOembed({ widget, title: 'T' }, story, address);
      const ratio = Number((width / height).toFixed(2));
      const closest = VIDEO_RATIOS.find((r) => ratio >= r);
      expect(closest === undefined || ratio - closest > 0.1, `${width}×${height}`).toBe(true);
    },
  );
});
