import { describe, expect, it } from 'vitest';
import { shareCard, textLines, titleSize } from '../../../src/lib/publish/shareCard.ts';
import { type CardNode, THREAD_HEX } from '../../../src/lib/publish/shareCardStrip.ts';
import { eventCardContent, storyCardContent } from '../../../src/lib/publish/shareCardContent.ts';
import { events, story, threads } from '../support/storyFixture.ts';

const source = { story, threads, events };

/** Every text and every style value in the tree, to look for what the card shows. */
function flatten(node: CardNode | string): { texts: string[]; styles: Record<string, unknown>[] } {
  if (typeof node === 'string') return { texts: [node], styles: [] };
  const children = node.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  const parts = list.map(flatten);
  return {
    texts: parts.flatMap((p) => p.texts),
    styles: [node.props.style ?? {}, ...parts.flatMap((p) => p.styles)],
  };
}

describe('eventCardContent', () => {
  const event = events.find((e) => e.id === '2021-03-02-patch')!;
  const card = eventCardContent(source, event);

  it("shows the event's thread, date, title and summary, and its place in the story", () => {
    expect(card).toMatchObject({
      kicker: 'Disclosure and patch',
      kickerColor: 'blue',
      meta: '2 March 2021, 14:00 PST',
      title: 'Microsoft <ships> fixes',
      siteName: 'The Exchange hack',
      footnote: 'Event 2 of 4',
    });
  });

  it('rings this event on a strip of every event, the same strip array for every card', () => {
    expect(card.current).toMatchObject({ start: event.date.start, color: 'blue', lane: 0 });
    expect(card.marks).toHaveLength(events.length);
    expect(eventCardContent(source, events[0]).marks).toBe(card.marks);
  });
});

describe('storyCardContent', () => {
  it("shows the story's headline, dek, range and size", () => {
    const card = storyCardContent(source);
    expect(card.title).toBe(story.title);
    expect(card.meta).toBe('January – July 2021');
    expect(card.footnote).toBe('4 events, each with its sources');
    expect(card.current).toBeUndefined();
  });
});

describe('shareCard', () => {
  const event = events.find((e) => e.id === '2021-07-19-blame')!;
  const { texts, styles } = flatten(shareCard(eventCardContent(source, event)));

  it('sets the title, summary, date and site name as text', () => {
    expect(texts).toEqual(
      expect.arrayContaining(['Attribution', 'Something happens.', '19 July 2021', 'The Exchange hack']),
    );
  });

  it("paints the accent in the thread's colour", () => {
    expect(styles.some((s) => s.backgroundColor === THREAD_HEX.purple)).toBe(true);
  });

  it('labels the months of the story on the strip', () => {
    expect(texts).toEqual(expect.arrayContaining(['Jan 2021', 'Feb', 'Jul']));
  });

  it('sets long titles smaller, and gives their summary fewer lines, so they fit', () => {
    expect(titleSize('x'.repeat(40))).toBeGreaterThan(titleSize('x'.repeat(110)));
    expect(textLines('x'.repeat(40))).toBeGreaterThan(textLines('x'.repeat(90)));
  });

  it("puts each event's dot in its thread's row", () => {
    const card = eventCardContent(source, event);
    expect(card.lanes).toBe(threads.length);
    expect(card.current).toMatchObject({ lane: 1, color: 'purple' });
  });
});
