import type { ContentProblem } from '../checkTypes.ts';
import { describeValue } from '../contentProblem.ts';

/** Ids are used only once (events, threads, actors, chapters): the second use of one is named, with the first. */
export function duplicateIdProblems(entries: readonly { id: string; file: string }[]): ContentProblem[] {
  const seen = new Map<string, string>();
  return entries.flatMap(({ id, file }) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, file);
      return [];
    }
    return [
      { file, field: 'id', found: describeValue(id), expected: `an id used only once (${first} already uses it)` },
    ];
  });
}
