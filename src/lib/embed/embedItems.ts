import type { TimelineLayout } from '../graphic/timelineLayout.ts';
import { toStoryDay } from '../graphic/timeWindow.ts';

/**
 * Pairs each event with the story day a widget filters it by: where its mark is drawn, so a date
 * window keeps the list and the graphic in step; an event with no mark (background) by its start.
 */
export function embedItems<E extends { id: string; date: { start: Date } }>(
  events: readonly E[],
  layout: Pick<TimelineLayout, 'marks' | 'origin'>,
): { event: E; day: number }[] {
  const drawn = new Map(layout.marks.map((m) => [m.id, m.day]));
  const origin = new Date(`${layout.origin}T00:00:00Z`);
  return events.map((event) => ({ event, day: drawn.get(event.id) ?? toStoryDay(event.date.start, origin) }));
}
