/** The events before and after one, in reading order; absent at either end. */
export interface Neighbours<E> {
  previous?: E;
  next?: E;
}

/** Finds an event's neighbours in reading order, so an event page can lead on through the story. */
export function eventNeighbours<E extends { id: string }>(events: readonly E[], id: string): Neighbours<E> {
  const i = events.findIndex((e) => e.id === id);
  if (i < 0) return {};
  return { previous: events[i - 1], next: events[i + 1] };
}
