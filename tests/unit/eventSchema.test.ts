import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/schemas/event.ts';

const valid = {
  title: 'Microsoft ships emergency fixes',
  date: '2021-03-02',
  thread: 'disclosure-and-patch',
  summary: 'Microsoft releases out-of-band updates for Exchange Server.',
  importance: 3,
  sources: [{ title: 'A post', publisher: 'Microsoft', url: 'https://example.org/post', date: '2021-03-02' }],
};

const messages = (input: object) => {
  const result = eventSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('eventSchema', () => {
  it('gives the text readers see typographic punctuation, whatever quotes the editor typed', () => {
    const event = eventSchema.parse({
      ...valid,
      title: "Britain names China's MSS",
      summary: 'The UK says it is "highly likely" -- not certain.',
      contested: "China's embassy called it a fabrication...",
      corrections: [{ date: '2021-07-20', text: "We misspelled the agency's name." }],
    });
    expect([event.title, event.summary, event.contested, event.corrections[0].text, event.sources[0].url]).toEqual([
      'Britain names China’s MSS',
      'The UK says it is “highly likely” — not certain.',
      'China’s embassy called it a fabrication…',
      'We misspelled the agency’s name.',
      'https://example.org/post',
    ]);
  });

  it('fills in the optional fields with their defaults', () => {
    expect(eventSchema.parse(valid)).toMatchObject({
      actors: [],
      cves: [],
      approximate: false,
      background: false,
      draft: false,
      corrections: [],
    });
  });

  it('normalises an unquoted YAML day (a Date) to its ISO text, and gives the parsed day', () => {
    expect(eventSchema.parse({ ...valid, date: new Date('2021-03-02T00:00:00Z') }).date).toEqual({
      iso: '2021-03-02',
      precision: 'day',
      start: new Date('2021-03-02T00:00:00Z'),
      offsetMinutes: 0,
    });
  });

  it('keeps a date-time with its offset as written', () => {
    expect(
      eventSchema.parse({ ...valid, date: '2021-03-02T14:00-08:00', timeZone: 'America/Los_Angeles' }).date,
    ).toEqual({
      iso: '2021-03-02T14:00-08:00',
      precision: 'minute',
      start: new Date('2021-03-02T22:00:00Z'),
      offsetMinutes: -480,
    });
  });

  it('accepts abbreviations such as "U.S." inside a one-sentence summary', () => {
    expect(
      messages({
        ...valid,
        summary: 'The U.S. Justice Department charges four men over a campaign that ran until 2018.',
      }),
    ).toEqual([]);
  });

  it('rejects a summary that does not end a sentence', () => {
    expect(messages({ ...valid, summary: 'Microsoft releases fixes' })).toEqual([
      expect.stringMatching(/^summary: one sentence/),
    ]);
  });

  it('accepts a 280-character summary and rejects 281', () => {
    const of = (n: number) => `${'a'.repeat(n - 1)}.`;
    expect(messages({ ...valid, summary: of(280) })).toEqual([]);
    expect(messages({ ...valid, summary: of(281) })).toHaveLength(1);
  });

  it('accepts a span that ends on its start day, and refuses one that ends earlier', () => {
    expect(messages({ ...valid, end: '2021-03-02' })).toEqual([]);
    expect(messages({ ...valid, end: '2021-03-01' })).toEqual(['end: a date on or after the start date (2021-03-02)']);
  });

  it('accepts a month-precision end for a day-precision start in the same month', () => {
    expect(messages({ ...valid, end: '2021-03' })).toEqual([]);
  });

  it('refuses a time zone on a day, and an unknown zone', () => {
    expect(messages({ ...valid, timeZone: 'America/Los_Angeles' })).toEqual([
      expect.stringMatching(/^timeZone: a time zone only on a date-time/),
    ]);
    expect(messages({ ...valid, date: '2021-03-02T14:00-08:00', timeZone: 'Mars/Olympus' })).toEqual([
      expect.stringMatching(/^timeZone: an IANA time zone/),
    ]);
  });

  it('knows that Washington was on EDT (UTC−4) after 14 March 2021', () => {
    expect(messages({ ...valid, date: '2021-07-19T07:00-04:00', timeZone: 'America/New_York' })).toEqual([]);
    expect(messages({ ...valid, date: '2021-07-19T07:00-05:00', timeZone: 'America/New_York' })).toHaveLength(1);
  });

  it('refuses unknown fields rather than silently ignoring them', () => {
    expect(messages({ ...valid, headline: 'x' })).toEqual([expect.stringMatching(/Unrecognized key/)]);
  });

  it('refuses a source archive that is not https', () => {
    const sources = [{ ...valid.sources[0], archive: 'http://web.archive.org/x' }];
    expect(messages({ ...valid, sources })).toEqual(['sources.0.archive: a web address starting with https://']);
  });

  it('refuses a correction without a full day', () => {
    expect(messages({ ...valid, corrections: [{ date: '2021-07', text: 'Fixed.' }] })).toEqual([
      'corrections.0.date: a day written as YYYY-MM-DD',
    ]);
  });
});
