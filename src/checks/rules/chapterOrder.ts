import { chapterFor } from '../../lib/dates/chapters.ts';
import { eventPeriod } from '../../lib/dates/readingOrder.ts';
import type { Chapter } from '../../schemas/story.ts';
import type { ContentProblem, PlacedEvent } from '../checkTypes.ts';
import { lineOf } from '../textPosition.ts';

/**
 * The story reads chapter by chapter, so an event may not sit in a later chapter than an event that begins only
 * after it has ended: chapter order would then break time order. Chapters may share days and a chapter is chosen
 * by the day as written (in the event's own offset), so this can happen even without a `chapter:` field.
 */
export function chapterOrderProblems(events: readonly PlacedEvent[], chapters: readonly Chapter[]): ContentProblem[] {
  const placed = events.flatMap((e) => {
    const chapter = e.data.chapter ?? chapterFor(e.data.date, chapters)?.id;
    const index = chapters.findIndex((c) => c.id === chapter);
    return index >= 0 ? [{ ...e, chapter, index, period: eventPeriod(e.data) }] : [];
  });
  placed.sort((a, b) => a.index - b.index);
  const problems: ContentProblem[] = [];
  let latest: (typeof placed)[number] | undefined;
  let pending: typeof placed = [];
  for (const e of placed) {
    if (pending.length && pending[0].index !== e.index) [latest, pending] = [laterStart(latest, pending), []];
    pending.push(e);
    if (!latest || e.period[1] > latest.period[0]) continue;
    const field = e.data.chapter === undefined ? 'date' : 'chapter';
    problems.push({
      file: e.file,
      field,
      found: `chapter "${e.chapter}", after chapter "${latest.chapter}" of ${latest.id}, which begins after this event ends`,
      expected: `a chapter no later than "${latest.chapter}" (a chapter: field), or dates that keep the chapters in time order`,
      line: lineOf(e.text, field),
    });
  }
  return problems;
}

function laterStart<T extends { period: readonly [number, number] }>(latest: T | undefined, list: readonly T[]): T {
  return list.reduce((a, b) => (b.period[0] > a.period[0] ? b : a), latest ?? list[0]);
}
