import type { z } from 'astro/zod';
import { type ContentProblem, describeValue } from './contentProblem.ts';

/** The parts of a content file needed to explain a problem in it. */
interface Located {
  file: string;
  data: unknown;
  /** The whole file, for line numbers. */
  text?: string;
}

/** Turns zod's issues for one file into editor-facing problems: field path, what was found, what is expected. */
export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  where: Located,
  knownFields: string[],
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code !== 'unrecognized_keys') {
      const found = describeValue(valueAt(where.data, issue.path));
      return [
        {
          file: where.file,
          field: fieldName(issue.path),
          found,
          expected: issue.message,
          line: lineOf(where.text, issue.path[0]),
        },
      ];
    }
    return issue.keys.map((key) => {
      const hint = closest(key, knownFields);
      return {
        file: where.file,
        field: fieldName([...issue.path, key]),
        found: 'a field this file type does not have',
        expected: `${hint ? `"${hint}" (a likely typo), or ` : ''}one of the known fields: ${knownFields.join(', ')}`,
        line: lineOf(where.text, key),
      };
    });
  });
}

/** sources[0].url from ['sources', 0, 'url']. */
export function fieldName(path: readonly PropertyKey[]): string {
  const name = path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
  return name || 'file';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** The 1-based line of a top-level YAML key in a file, if it is there. */
export function lineOf(text: string | undefined, key: PropertyKey | undefined): number | undefined {
  if (!text || typeof key !== 'string') return undefined;
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : undefined;
}

/** The known name closest to a mistyped one (at most two edits away), for "did you mean" hints. */
export function closest(name: string, known: readonly string[]): string | undefined {
  return known.find((k) => distance(k, name) <= 2);
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
