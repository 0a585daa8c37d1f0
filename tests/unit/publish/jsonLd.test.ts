import { describe, expect, it } from 'vitest';
import { eventJsonLd, serializeJsonLd, storyJsonLd } from '../../../src/lib/publish/jsonLd.ts';
import { events, story } from '../support/storyFixture.ts';

const urls = { page: 'https://news.example/timeline/', image: 'https://news.example/timeline/og/story.png' };

describe('storyJsonLd', () => {
  it('describes the story as a NewsArticle with headline, dates, author and publisher', () => {
    expect(storyJsonLd(story, urls)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.title,
      datePublished: '2026-11-26',
      dateModified: '2026-11-28',
      author: [{ '@type': 'Organization', name: 'the Timeline Desk' }],
      publisher: { '@type': 'Organization', name: 'the Timeline Desk' },
      image: [urls.image],
    });
  });
});

describe('eventJsonLd', () => {
  const scans = events.find((e) => e.id === '2021-03-05-scans')!;
  const data = eventJsonLd(story, scans, { ...urls, story: urls.page, actors: [] });

  it('is a NewsArticle about a schema.org Event with its start and end', () => {
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe('Scanning spreads');
    expect(data.about).toEqual({
      '@type': 'Event',
      name: 'Scanning spreads',
      description: 'Something happens.',
      startDate: '2021-03-05',
      endDate: '2021-03-09',
    });
  });

  it('cites every source, with its publisher and date', () => {
    expect(data.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Document 2',
        url: 'https://example.org/doc-2',
        datePublished: '2021-03-02',
        publisher: { '@type': 'Organization', name: 'Reuters' },
      },
      expect.objectContaining({ name: 'Document 3' }),
    ]);
  });

  it('is modified when it was last corrected', () => {
    expect(data.dateModified).toBe('2026-12-01');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close its script element early', () => {
    const text = serializeJsonLd({ headline: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});
