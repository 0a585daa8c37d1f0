import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  actorPath,
  correctionAnchor,
  eventPath,
  eventSourcesPath,
  PAGES,
  shareImagePath,
  storyEventPath,
  withBase,
} from '../../../src/lib/site/routes.ts';

describe('routes', () => {
  it('joins the base path and a route with exactly one slash', () => {
    expect(withBase('/', 'events/a/')).toBe('/events/a/');
    expect(withBase('/timeline/', '/events/a/')).toBe('/timeline/events/a/');
    expect(withBase('/timeline', '')).toBe('/timeline/');
  });

  it('builds absolute URLs on the site under its base path', () => {
    expect(absoluteUrl('https://news.example', '/timeline/', eventPath('x'))).toBe(
      'https://news.example/timeline/events/x/',
    );
    expect(absoluteUrl(new URL('https://news.example/'), '/', 'feed.xml')).toBe('https://news.example/feed.xml');
  });

  it('points "read it in the story" at the event anchor on the story page', () => {
    expect(withBase('/timeline/', storyEventPath('2021-03-02-x'))).toBe('/timeline/#2021-03-02-x');
  });

  it('names every page and image of the site the same way everywhere', () => {
    expect(actorPath('hafnium')).toBe('actors/hafnium/');
    expect(shareImagePath('story')).toBe('og/story.png');
    expect(correctionAnchor(2)).toBe('correction-2');
    expect(eventSourcesPath('2021-03-02-x')).toBe('events/2021-03-02-x/#sources');
  });

  it('names only pages and files that src/pages builds', () => {
    for (const path of Object.values(PAGES)) {
      const route = path.split('#')[0];
      const files = route.endsWith('/')
        ? [`src/pages/${route}index.astro`, `src/pages/${route.slice(0, -1)}.astro`]
        : [`src/pages/${route}.ts`];
      expect(
        files.filter((file) => existsSync(file)),
        path,
      ).toHaveLength(1);
    }
  });
});
