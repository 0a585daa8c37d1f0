import type { EmbedWidget } from '../embed/embedWidgets.ts';
import { storyName } from '../text/storyName.ts';

/** One widget on offer, with the name its frame, fallback link and oEmbed response share. */
export interface EmbedEntry {
  widget: EmbedWidget;
  title: string;
}

/**
 * Every widget the site offers, discovered from the content rather than listed by hand: the
 * timeline, one per thread (top to bottom) and one per published event (in reading order).
 */
export function embedCatalogue(
  story: { title: string },
  threads: readonly { id: string; label: string }[],
  events: readonly { id: string; title: string; background?: boolean }[],
): EmbedEntry[] {
  const name = storyName(story.title);
  return [
    { widget: { kind: 'timeline' }, title: `${name}: the timeline` },
    ...threads.map((t) => ({ widget: { kind: 'thread', id: t.id } as const, title: `${name}: ${t.label}` })),
    ...events.map((e) => ({ widget: { kind: 'event', id: e.id } as const, title: e.title })),
  ];
}
