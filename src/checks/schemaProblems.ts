import type { z } from 'astro/zod';
import type { ContentProblem } from './checkTypes.ts';
import { closest } from './closestName.ts';
import { describeValue } from './contentProblem.ts';
import { fieldName, lineOf } from './textPosition.ts';

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

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}
