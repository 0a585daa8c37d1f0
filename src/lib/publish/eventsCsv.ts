/**
 * The columns of /events.csv and /sources.csv, built from the same records as /events.json
 * (eventsFeed.ts), so the three never disagree. Columns are found by their header name; new ones are
 * added at the end, and none is removed or changes meaning while events.json stays at version 1.
 */
import type { CsvValue } from './csvFile.ts';
import type { FeedEvent } from './eventsFeed.ts';

/** Joins the values of a list field into one cell. */
const list = (values: readonly string[]) => values.join('; ');

/** Every column of /events.csv, in order, with how each event fills it. */
const EVENT_COLUMNS: readonly [string, (e: FeedEvent) => CsvValue][] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date.iso],
  ['end', (e) => e.endDate?.iso ?? ''],
  ['precision', (e) => e.date.precision],
  ['time_zone', (e) => e.date.timeZone ?? ''],
  ['label', (e) => e.date.label],
  ['approximate', (e) => String(e.date.approximate)],
  ['start_utc', (e) => e.date.start],
  ['end_utc', (e) => (e.endDate ?? e.date).end],
  ['title', (e) => e.title],
  ['summary', (e) => e.summary],
  ['chapter', (e) => e.chapter],
  ['thread', (e) => e.thread.id],
  ['thread_label', (e) => e.thread.label],
  ['actors', (e) => list(e.actors.map((a) => a.id))],
  ['actor_names', (e) => list(e.actors.map((a) => a.name))],
  ['cves', (e) => list(e.cves)],
  ['importance', (e) => e.importance],
  ['contested', (e) => e.contested ?? ''],
  ['corrections', (e) => e.corrections.length],
  ['sources', (e) => e.sources.length],
  ['url', (e) => e.url],
  ['story_url', (e) => e.storyUrl],
  ['source_title', (e) => e.sources[0]?.title ?? ''],
  ['source_publisher', (e) => e.sources[0]?.publisher ?? ''],
  ['source_url', (e) => e.sources[0]?.url ?? ''],
];

/** The header row of /events.csv. */
export const EVENT_CSV_HEADER = EVENT_COLUMNS.map(([name]) => name);

/** One event's row of /events.csv, in the header's order. */
export function eventCsvRow(event: FeedEvent): CsvValue[] {
  return EVENT_COLUMNS.map(([, value]) => value(event));
}

/** The header row of /sources.csv: one row per citation. */
export const SOURCE_CSV_HEADER = ['event_id', 'title', 'publisher', 'date', 'url', 'archive'];

/** The rows of /sources.csv for one event: each source it cites, in the order it cites them. */
export function sourceCsvRows(event: FeedEvent): CsvValue[][] {
  return event.sources.map((s) => [event.id, s.title, s.publisher, s.date, s.url, s.archive ?? '']);
}
