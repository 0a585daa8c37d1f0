import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/checks/readContent.ts';
import { chapterFor, localDay } from '../../../src/lib/dates/chapters.ts';
import { eventIdFromPath } from '../../../src/checks/eventId.ts';
import { validateContent } from '../../../src/checks/validateContent.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { storySchema } from '../../../src/schemas/story.ts';
import { threadSchema } from '../../../src/schemas/thread.ts';

// The real content under content/, read the way the build reads it; these tests guard facts, not code.
const content = readContent(process.cwd());
const story = storySchema.parse(content.story.data);
const threadIds = threadSchema
  .array()
  .parse(content.threads.data)
  .map((t) => t.id);
const actors = actorSchema.array().parse(content.actors.data);
/** Raw frontmatter, so the checks below still name a file the schema rejects. */
interface RawEvent {
  summary?: unknown;
  thread?: unknown;
  sources?: { url?: unknown }[];
}
const rawOf = (data: unknown): RawEvent => data ?? {};
const files = content.events.map((file) => ({
  id: eventIdFromPath(file.file),
  text: file.text ?? '',
  raw: rawOf(file.data),
  parsed: eventSchema.safeParse(file.data),
}));
const events = files.flatMap(({ parsed, ...file }) => (parsed.success ? [{ ...file, data: parsed.data }] : []));
const published = events.filter((e) => !e.data.draft);

/** Ids of the events for which `bad` holds, so a failure names the files to fix. */
const idsWhere = (bad: (e: (typeof events)[number]) => boolean) => events.filter(bad).map((e) => e.id);
const rawIdsWhere = (bad: (raw: RawEvent) => boolean) => files.filter((f) => bad(f.raw)).map((f) => f.id);

describe('the story content', () => {
  it('passes every check the build runs', () => {
    expect(validateContent(content)).toEqual([]);
  });

  it('matches the event schema in every file', () => {
    expect(files.filter((f) => !f.parsed.success).map((f) => f.id)).toEqual([]);
  });

  it('has 35 to 45 published events in the story, plus the two background items', () => {
    const inStory = published.filter((e) => !e.data.background).length;
    expect(inStory).toBeGreaterThanOrEqual(35);
    expect(inStory).toBeLessThanOrEqual(45);
    expect(published.filter((e) => e.data.background)).toHaveLength(2);
  });

  it('gives every event at least one https source', () => {
    const https = (source: { url?: unknown }) => typeof source.url === 'string' && source.url.startsWith('https://');
    expect(rawIdsWhere((raw) => !Array.isArray(raw.sources) || !raw.sources.some(https))).toEqual([]);
  });

  it('keeps every summary to 280 characters', () => {
    expect(rawIdsWhere((raw) => typeof raw.summary !== 'string' || raw.summary.trim().length > 280)).toEqual([]);
  });

  it('puts every event on a thread from threads.yaml', () => {
    expect(rawIdsWhere((raw) => typeof raw.thread !== 'string' || !threadIds.includes(raw.thread))).toEqual([]);
  });

  it('gives every event a unique id', () => {
    const ids = files.map((f) => f.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('places every event in a chapter whose dates contain it', () => {
    const misplaced = idsWhere((e) => {
      const start = e.data.date;
      const chapter = e.data.chapter
        ? story.chapters.find((c) => c.id === e.data.chapter)
        : chapterFor(start, story.chapters);
      const day = localDay(start);
      return !chapter || day < chapter.start || day > chapter.end || chapter.background !== e.data.background;
    });
    expect(misplaced).toEqual([]);
  });

  it('ends every story event inside the story range', () => {
    const outside = idsWhere((e) => {
      if (e.data.background) return false;
      const last = localDay(e.data.end ?? e.data.date);
      return last < story.start || last > story.end;
    });
    expect(outside).toEqual([]);
  });

  it('keeps the chapters in time order', () => {
    const starts = story.chapters.map((c) => c.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('profiles every actor an event names, and names every profiled actor in some event', () => {
    const profiled = new Set(actors.map((a) => a.id));
    const used = new Set(published.flatMap((e) => e.data.actors));
    expect([...used].filter((id) => !profiled.has(id))).toEqual([]);
    expect([...profiled].filter((id) => !used.has(id))).toEqual([]);
  });
});

describe("the seed article's known errors", () => {
  const everything = [content.story.text, content.actors.text, ...events.map((e) => e.text)].join('\n');

  it('quotes Raab as "systematic", not "systemic", cyber sabotage', () => {
    expect(everything).not.toMatch(/systemic cyber sabotage/i);
    expect(everything).toMatch(/systematic cyber sabotage/i);
  });

  it('never calls the APT40 defendants four MSS hackers', () => {
    expect(everything).not.toMatch(/four (?:MSS |Chinese )?hackers/i);
  });

  it('keeps the APT10 material and the 2018 "most significant" line in the background', () => {
    expect(idsWhere((e) => !e.data.background && e.data.actors.includes('apt10'))).toEqual([]);
    expect(idsWhere((e) => !e.data.background && /most significant and widespread/i.test(e.text))).toEqual([]);
  });

  it('does not tie the APT40 indictment to the Exchange flaws', () => {
    expect(idsWhere((e) => e.data.actors.includes('hssd') && e.data.cves.length > 0)).toEqual([]);
  });

  it('does not list the MSS as named by the EU or NATO statements', () => {
    const euOrNato = (e: (typeof events)[number]) => e.data.actors.some((a) => a === 'eu' || a === 'nato');
    expect(idsWhere((e) => euOrNato(e) && e.data.actors.includes('mss'))).toEqual([]);
  });

  it('dates the sealed indictment to its month only, since the day is unconfirmed', () => {
    const may = events.filter((e) => e.data.actors.includes('hssd') && e.data.date.iso.startsWith('2021-05'));
    expect(may.map((e) => e.data.date.precision)).toEqual(['month']);
    expect(everything).not.toMatch(/28 May/);
  });

  it('never presents the US estimate of 30,000 as a worldwide count', () => {
    expect(everything).not.toMatch(/30,000 organi[sz]ations (?:around the world|worldwide)/i);
  });
});
