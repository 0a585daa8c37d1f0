import { describe, expect, it } from 'vitest';
import { groupSourcesByPublisher, publisherName } from '../../../src/lib/model/sourceIndex.ts';
import { dated, events } from '../support/storyFixture.ts';

const groups = groupSourcesByPublisher(events);

describe('groupSourcesByPublisher', () => {
  it('groups sources by publisher, A to Z', () => {
    expect(groups.map((g) => g.publisher)).toEqual(['Microsoft', 'Reuters']);
  });

  it('lists a source once however many events cite it, with every citing event in reading order', () => {
    const doc1 = groups[0].sources.find((s) => s.url === 'https://example.org/doc-1')!;
    expect(groups[0].sources).toHaveLength(1);
    expect(doc1.citedBy.map((c) => c.id)).toEqual(['2021-01-devcore', '2021-03-02-patch', '2021-07-19-blame']);
    expect(groups[1].sources.map((s) => s.title)).toEqual(['Document 2', 'Document 3']);
  });

  it('gives each publisher a distinct anchor, even when two names differ only in case', () => {
    const twins = groupSourcesByPublisher([
      {
        id: 'a',
        title: 'A',
        sources: [{ title: 'x', publisher: 'BBC', url: 'https://a.example/', date: dated('2021-03') }],
      },
      {
        id: 'b',
        title: 'B',
        sources: [{ title: 'y', publisher: 'bbc', url: 'https://b.example/', date: dated('2021-03') }],
      },
    ]);
    expect(new Set(twins.map((g) => g.slug)).size).toBe(2);
  });
});

describe('publisherName', () => {
  it('files a source under its publisher, without the note on how it was reached', () => {
    expect(publisherName('Bloomberg (via Yahoo News)')).toBe('Bloomberg');
    expect(publisherName('CISA (GovDelivery bulletin)')).toBe('CISA');
    expect(publisherName('The White House')).toBe('The White House');
  });

  it('keeps brackets that are the whole name', () => {
    expect(publisherName('(anonymous)')).toBe('(anonymous)');
  });
});

describe('groupSourcesByPublisher, with notes', () => {
  it('puts "X" and "X (via Y)" in one group, keeping each source\'s own publisher text', () => {
    const groups = groupSourcesByPublisher([
      {
        id: 'a',
        title: 'A',
        sources: [
          {
            title: 'one',
            publisher: 'Bloomberg (via Yahoo News)',
            url: 'https://a.example/1',
            date: dated('2021-03-13'),
          },
          { title: 'two', publisher: 'Bloomberg', url: 'https://a.example/2', date: dated('2021-03-12') },
        ],
      },
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].publisher).toBe('Bloomberg');
    expect(groups[0].sources.map((s) => s.publisher)).toEqual(['Bloomberg', 'Bloomberg (via Yahoo News)']);
  });
});
