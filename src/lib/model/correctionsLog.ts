import type { FrameCorrection } from './frameCorrections.ts';
import { storyEventPath } from '../site/routes.ts';

/** One published correction, with what it corrects. */
export interface LoggedCorrection {
  /** The corrected event's id, or the corrected passage (closing, actors/mss); the log's data-correction hook. */
  key: string;
  /** The corrected event's headline or the passage's heading, as the link text. */
  title: string;
  /** Where the corrected text is, relative to the site's base: an event's or passage's anchor, or a page. */
  path: string;
  /** The entry's own anchor in the log, unique on the page. */
  anchor: string;
  /** The day the correction was made, YYYY-MM-DD. */
  date: string;
  /** What was wrong and what it now says. */
  text: string;
}

/** The fields of an event this module reads. */
interface CorrectedEvent {
  id: string;
  title: string;
  corrections: readonly { date: string; text: string }[];
}

/** Every correction, to events and to the frame, in one list for the log: newest first, then by what it corrects. */
export function correctionsLog(
  events: readonly CorrectedEvent[],
  frame: readonly FrameCorrection[] = [],
): LoggedCorrection[] {
  const ofEvents = events.flatMap((event) =>
    event.corrections.map(({ date, text }, i) => ({
      key: event.id,
      title: event.title,
      path: storyEventPath(event.id),
      anchor: `correction-${event.id}-${i + 1}`,
      date,
      text,
    })),
  );
  const ofFrame = frame.map(({ passage, title, path, anchor, date, text }) => ({
    key: passage,
    title,
    path,
    anchor,
    date,
    text,
  }));
  return [...ofEvents, ...ofFrame].sort((a, b) => b.date.localeCompare(a.date) || a.key.localeCompare(b.key));
}
