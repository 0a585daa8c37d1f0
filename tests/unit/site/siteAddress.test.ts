import { describe, expect, it } from 'vitest';
import { urlMaker } from '../../../src/lib/site/siteAddress.ts';

describe('urlMaker', () => {
  it('makes absolute URLs on SITE_URL under BASE_PATH', () => {
    const url = urlMaker({ site: 'https://news.example', base: '/timeline/' });
    expect(url()).toBe('https://news.example/timeline/');
    expect(url('events.json')).toBe('https://news.example/timeline/events.json');
  });

  it('works for a site at the root of its host', () => {
    expect(urlMaker({ site: new URL('https://news.example/'), base: '/' })('feed.xml')).toBe(
      'https://news.example/feed.xml',
    );
  });
});
