/** One published correction, with the event it corrects. */
export interface LoggedCorrection {
  /** The corrected event's id, which is also its anchor on the story page. */
  eventId: string;
  /** The corrected event's headline, as the link text. */
  eventTitle: string;
  /** The day the correction was made, YYYY-MM-DD. */
  date: string;
  /** What was wrong and what the event now says. */
  text: string;
}

/** The fields of an event this module reads. */
interface CorrectedEvent {
  id: string;
  title: string;
  corrections: readonly { date: string; text: string }[];
}

/** Every event's corrections in one list for the corrections log: newest first, then by event id. */
export function correctionsLog(events: readonly CorrectedEvent[]): LoggedCorrection[] {
  return events
    .flatMap((event) =>
      event.corrections.map(({ date, text }) => ({ eventId: event.id, eventTitle: event.title, date, text })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.eventId.localeCompare(b.eventId));
}
