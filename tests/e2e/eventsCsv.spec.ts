import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { publishedEvents } from './support/content.ts';
import { publishedFeed } from './support/site.ts';

/**
 * /events.csv and /sources.csv, opened with a real CSV parser (csv-parse, strict RFC 4180 records
 * ending in CRLF, the same number of fields in every record) and compared field by field with content/.
 */

type Row = Record<string, string>;

/** A spreadsheet would run a cell starting with these as a formula; the file must neutralise them. */
const FORMULA = /^[=+\-@\t\r]/;
const asWritten = (value: string) => (FORMULA.test(value) ? `'${value}` : value);

async function fetchCsv(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  const rows = parse<Row>(bytes, { bom: true, columns: true, record_delimiter: '\r\n' });
  return { bytes, rows };
}

test('/events.csv is UTF-8 with a byte-order mark, a header row and one record per published event in reading order', async ({
  request,
}) => {
  const { bytes, rows } = await fetchCsv(request, '/events.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const header = bytes.subarray(3).toString('utf8').split('\r\n')[0].split(',');
  for (const column of [
    'id',
    'date',
    'end',
    'precision',
    'time_zone',
    'label',
    'title',
    'summary',
    'thread',
    'actors',
    'cves',
    'importance',
    'contested',
    'corrections',
    'url',
    'story_url',
    'source_title',
    'source_publisher',
    'source_url',
  ])
    expect(header).toContain(column);
  const { events } = await publishedFeed(request);
  expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
  expect(new Set(rows.map((r) => r.id))).toEqual(new Set(publishedEvents().map((e) => e.id)));
});

test('every field of /events.csv says what content/ says', async ({ request }) => {
  const { rows } = await fetchCsv(request, '/events.csv');
  const { events } = await publishedFeed(request);
  const content = new Map(publishedEvents().map((e) => [e.id, e]));
  for (const row of rows) {
    const e = content.get(row.id)!;
    const label = events.find((f) => f.id === row.id)!.date.label;
    const precision = e.date.length === 7 ? 'month' : e.date.length === 10 ? 'day' : 'minute';
    expect(row, row.id).toMatchObject({
      date: e.date,
      end: e.end ?? '',
      precision,
      time_zone: e.timeZone ?? '',
      label: asWritten(label),
      approximate: String(e.approximate),
      title: asWritten(e.title),
      summary: asWritten(e.summary),
      thread: e.thread,
      actors: e.actors.join('; '),
      cves: e.cves.join('; '),
      importance: String(e.importance),
      contested: asWritten(e.contested ?? ''),
      corrections: String(e.corrections.length),
      sources: String(e.sources.length),
      source_title: asWritten(e.sources[0].title),
      source_publisher: asWritten(e.sources[0].publisher),
      source_url: e.sources[0].url,
    });
    expect(new URL(row.url).pathname, row.id).toBe(`/events/${row.id}/`);
    expect(new URL(row.story_url).hash, row.id).toBe(`#${row.id}`);
    for (const field of Object.values(row)) expect(field, row.id).not.toMatch(FORMULA);
  }
});

test('/sources.csv has one record per citation, each as content/ cites it, in reading order', async ({ request }) => {
  const { rows } = await fetchCsv(request, '/sources.csv');
  const { events } = await publishedFeed(request);
  const content = new Map(publishedEvents().map((e) => [e.id, e]));
  const expected = events.flatMap(({ id }) =>
    content.get(id)!.sources.map((s) => ({
      event_id: id,
      title: asWritten(s.title),
      publisher: asWritten(s.publisher),
      date: s.date,
      url: s.url,
      archive: s.archive ?? '',
    })),
  );
  expect(rows).toEqual(expected);
});
