import type { z } from 'astro/zod';
import type { ContentFile, ContentProblem } from './checkTypes.ts';
import { describeValue } from './contentProblem.ts';
import { duplicateIdProblems } from './rules/duplicateIds.ts';
import { schemaProblems } from './schemaProblems.ts';

/** Parses one file with its schema; what is wrong (its YAML, or any field) is added to `problems`. */
export function parseFile<S extends z.ZodObject>(
  file: ContentFile,
  schema: S,
  problems: ContentProblem[],
): z.output<S> | null {
  if (file.syntaxError) {
    problems.push({
      file: file.file,
      field: 'frontmatter',
      found: `text that is not valid YAML (${file.syntaxError.message})`,
      expected: 'valid YAML: "field: value" lines, lists with "- ", and quotes around text that contains a colon',
      line: file.syntaxError.line,
    });
    return null;
  }
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  problems.push(...schemaProblems(result.error.issues, file, Object.keys(schema.shape)));
  return null;
}

/** Parses a YAML list entry by entry, naming each problem by its entry's id; returns the valid entries. */
export function parseList<S extends z.ZodObject>(
  file: ContentFile,
  schema: S,
  problems: ContentProblem[],
): z.output<S>[] {
  if (!Array.isArray(file.data)) {
    const found = file.syntaxError ? null : describeValue(file.data);
    if (found)
      problems.push({
        file: file.file,
        field: 'file',
        found,
        expected: 'a list of entries, each starting with "- id:"',
      });
    else parseFile(file, schema, problems);
    return [];
  }
  const items = file.data.flatMap((item: unknown, i: number) => {
    const id = (item as { id?: unknown } | null)?.id;
    const before = problems.length;
    const parsed = parseFile({ ...file, data: item }, schema, problems);
    for (const p of problems.slice(before)) {
      p.field = `${typeof id === 'string' ? id : `entry ${i + 1}`} › ${p.field}`;
      p.line = undefined;
    }
    return parsed ? [parsed] : [];
  });
  problems.push(...duplicateIdProblems(items.map((item) => ({ id: String(item.id), file: file.file }))));
  return items;
}
