import type { ContentFile, ContentProblem } from './checkTypes.ts';
import { lineOf } from './textPosition.ts';

/** Quotes a found value for a message: strings in quotes, missing values as "nothing", long ones cut. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (value instanceof Date) return value.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', 'Z');
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Renders problems grouped by file: one line per problem with its field, what was found and what is expected. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = Map.groupBy(problems, (p) => p.file);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  const lines = [`✖ ${count} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:`];
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const p of list) {
      const where = p.line ? `line ${p.line}, ` : '';
      lines.push(`  ${where}${p.field}: found ${p.found}; expected ${p.expected}.`);
    }
  }
  return lines.join('\n');
}

/** A problem in one field of a file, found quoted; on the line of the field's top-level key unless told. */
export function fieldProblem(
  source: ContentFile,
  field: string,
  found: unknown,
  expected: string,
  line = lineOf(source.text, field.replace(/[[.].*$/, '')),
): ContentProblem {
  return { file: source.file, field, found: describeValue(found), expected, line };
}
