import { describe, expect, it } from 'vitest';
import { chapterOrderProblems } from '../../../src/checks/rules/chapterOrder.ts';
import { toTimelineEvents } from '../../../src/lib/model/timelineEvent.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { chapterSchema } from '../../../src/schemas/story.ts';

// The rule, as docs/editing.md states it: a period is the whole month, UTC day or minute (to the end of `end`'s
// period for a span). Periods that do not overlap read in time order. Overlapping ones read by the instant
// they begin, then the longer first, then the more important, then by file name.
// The periods below are computed here from the generated numbers, never by the code under test.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFSETS = [-8 * 60, -4 * 60, 0, 60, 2 * 60, 5 * 60 + 45, 9 * 60, 14 * 60, -12 * 60];

/** A small seeded generator, so a failure can be reproduced. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** One date of a random precision around `instant`: the text an editor writes and its period, [start, end). */
function dateAround(instant: number, pick: () => number) {
  const kind = Math.floor(pick() * 3);
  const d = new Date(instant);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  if (kind === 0) return { text: `${y}-${pad(m + 1)}`, period: [Date.UTC(y, m, 1), Date.UTC(y, m + 1, 1)] };
  if (kind === 1) {
    const start = Date.UTC(y, m, d.getUTCDate());
    return { text: d.toISOString().slice(0, 10), period: [start, start + DAY] };
  }
  const offset = OFFSETS[Math.floor(pick() * OFFSETS.length)];
  const minute = Math.floor(instant / 60_000) * 60_000;
  const local = new Date(minute + offset * 60_000).toISOString().slice(0, 16);
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { text: `${local}${zone}`, period: [minute, minute + 60_000] };
}

/** Random events: most in a few busy days of July 2021 (so periods often overlap), the rest anywhere in 2021. */
function generate(count: number, seed: number) {
  const pick = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const base = pick() < 0.6 ? Date.UTC(2021, 6, 18) + pick() * 3 * DAY : Date.UTC(2021, 0, 2) + pick() * 360 * DAY;
    const start = dateAround(base, pick);
    // An end is drawn at or after `base`, so its period always ends after the start begins, as the schema asks.
    const end = pick() < 0.25 ? dateAround(base + pick() * 20 * DAY, pick) : undefined;
    return {
      id: `e${String(i).padStart(3, '0')}`,
      date: start.text,
      end: end?.text,
      importance: 1 + Math.floor(pick() * 3),
      period: [start.period[0], (end ?? start).period[1]] as const,
    };
  });
}

type Generated = ReturnType<typeof generate>[number];

const entry = (e: Generated, chapter?: string) => ({
  id: e.id,
  data: eventSchema.parse({
    title: e.id,
    date: e.date,
    end: e.end,
    chapter,
    thread: 'lane',
    importance: e.importance,
    summary: 'A generated event.',
    sources: [{ title: 't', publisher: 'p', url: 'https://example.org', date: '2021-07-19' }],
  }),
});

const chapter = (id: string, start: string, end: string) =>
  chapterSchema.parse({ id, title: id, start, end, intro: 'x' });

/** Pairs [earlier, later] in a list that the rule forbids: the later one ends before the earlier one begins. */
function timeOrderBreaks(list: readonly Generated[]) {
  return list.flatMap((a, i) =>
    list
      .slice(i + 1)
      .filter((b) => b.period[1] <= a.period[0])
      .map((b) => [a.id, b.id]),
  );
}

describe('the reading order over generated events', () => {
  const one = [chapter('all', '2020-12-01', '2022-01-31')];

  it('puts every pair of events whose periods do not overlap in time order', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const generated = generate(160, seed);
      const byId = new Map(generated.map((g) => [g.id, g]));
      const order = toTimelineEvents(
        generated.map((g) => entry(g)),
        one,
      ).map((e) => byId.get(e.id)!);
      expect(order).toHaveLength(generated.length);
      expect(timeOrderBreaks(order)).toEqual([]);
    }
  });

  it('orders overlapping periods by their first instant, then the longer, then the more important, then by id', () => {
    const generated = generate(200, 6);
    const byId = new Map(generated.map((g) => [g.id, g]));
    const order = toTimelineEvents(
      generated.map((g) => entry(g)),
      one,
    ).map((e) => byId.get(e.id)!);
    order.forEach((a, i) => {
      for (const b of order.slice(i + 1)) {
        const leads =
          a.period[0] < b.period[0] ||
          (a.period[0] === b.period[0] &&
            (a.period[1] > b.period[1] ||
              (a.period[1] === b.period[1] &&
                (a.importance > b.importance || (a.importance === b.importance && a.id < b.id)))));
        expect(leads, `${a.id} (${a.date}) before ${b.id} (${b.date})`).toBe(true);
      }
    });
  });

  it('gives the same order whatever order the files are read in', () => {
    const generated = generate(120, 7);
    const ids = (list: Generated[]) =>
      toTimelineEvents(
        list.map((g) => entry(g)),
        one,
      ).map((e) => e.id);
    expect(ids([...generated].reverse())).toEqual(ids(generated));
  });
});

describe('chapters never break time order', () => {
  // Chapters share 19 July, as the story's do; events may name any chapter whose days contain them.
  const chapters = [
    chapter('spring', '2021-01-01', '2021-07-18'),
    chapter('attribution', '2021-07-18', '2021-07-19'),
    chapter('responses', '2021-07-19', '2021-12-31'),
  ];

  it('refuses chapters that would put an event before one it follows, and passes every other story', () => {
    const pick = random(8);
    let refused = 0;
    for (let trial = 0; trial < 300; trial++) {
      const generated = generate(6, 100 + trial).filter((g) => g.date.startsWith('2021'));
      const entries = generated.map((g) => {
        const day = g.date.length === 7 ? `${g.date}-01` : g.date.slice(0, 10);
        const fits = chapters.filter((c) => c.start <= day && day <= c.end);
        return entry(g, fits[Math.floor(pick() * fits.length)]?.id);
      });
      const byId = new Map(generated.map((g) => [g.id, g]));
      const order = toTimelineEvents(entries, chapters).map((e) => byId.get(e.id)!);
      const problems = chapterOrderProblems(
        entries.map((e) => ({ ...e, file: `${e.id}.mdx` })),
        chapters,
      );
      if (problems.length) refused++;
      expect(problems.length > 0, `trial ${trial}`).toBe(timeOrderBreaks(order).length > 0);
    }
    expect(refused).toBeGreaterThan(0);
  });
});
