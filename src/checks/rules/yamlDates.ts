import { parseEventDate } from '../../lib/dates/eventDate.ts';
import type { ContentFile, ContentProblem } from '../checkTypes.ts';
import { describeValue } from '../contentProblem.ts';
import { fieldName, lineOf } from '../textPosition.ts';

/**
 * Every value YAML turned into a timestamp that is not exactly what the editor typed. Astro's YAML reader
 * (js-yaml) reads an unquoted 2021-02-30 as 2 March and an unquoted date-time in UTC, losing its offset; only
 * a real day written YYYY-MM-DD comes back unchanged. `typed` is the same YAML read with no timestamps.
 */
export function retypedDates(file: ContentFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const walk = (value: unknown, typed: unknown, path: PropertyKey[]): void => {
    if (value instanceof Date) {
      if (typeof typed === 'string' && !keepsTypedDay(value, typed)) problems.push(problem(file, path, value, typed));
    } else if (value && typeof value === 'object' && typed && typeof typed === 'object')
      for (const [k, v] of Object.entries(value))
        walk(v, (typed as Record<string, unknown>)[k], [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(file.data, file.typed, []);
  return problems;
}

function keepsTypedDay(value: Date, typed: string): boolean {
  return parseEventDate(typed)?.precision === 'day' && value.toISOString().slice(0, 10) === typed;
}

function problem(file: ContentFile, path: PropertyKey[], value: Date, typed: string): ContentProblem {
  const valid = parseEventDate(typed) !== null;
  const read = Number.isNaN(value.getTime()) ? 'no date at all' : describeValue(value);
  return {
    file: file.file,
    field: fieldName(path),
    found: `${typed}, without quotes, which YAML reads as ${read}`,
    expected: valid
      ? `it in quotes, "${typed}", so that it is kept exactly as written`
      : 'a real date in quotes, such as "2021-03-02" (YYYY-MM-DD), "2021-03" or "2021-03-02T14:00-08:00"',
    line: lineOfValue(file.text, path[0], typed),
  };
}

/** The first line at or after a top-level key's that holds the typed text (a nested field's own line). */
function lineOfValue(text: string | undefined, key: PropertyKey | undefined, typed: string): number | undefined {
  const from = lineOf(text, key);
  if (!text || from === undefined) return from;
  const index = text.split('\n').findIndex((line, i) => i >= from - 1 && line.includes(typed));
  return index >= 0 ? index + 1 : from;
}
