import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/checks/readContent.ts';
import { formatProblems } from '../../../src/checks/contentProblem.ts';
import { validateContent } from '../../../src/checks/validateContent.ts';

// Every field typed as a date, in every file type, with values YAML would change or that are no real date.
// Each must fail the check naming the file, the line and the field, and showing the text as it was typed.
const dir = 'tests/fixtures/.generated/date-fields';
const patch = 'events/2021-03-02-fixture-patch.mdx';

/** Where each date field is, as a line of a fixture file to replace, and the field the check must name. */
const fields: [file: string, field: string, line: RegExp, write: (value: string) => string][] = [
  [patch, 'date', /^date: .*$/m, (v) => `date: ${v}`],
  [patch, 'end', /^timeZone: .*$/m, (v) => `end: ${v}`],
  [patch, 'sources[0].date', /^ {4}date: .*$/m, (v) => `    date: ${v}`],
  [
    patch,
    'corrections[0].date',
    /^importance: 3$/m,
    (v) => `importance: 3\ncorrections:\n  - date: ${v}\n    text: A fix.`,
  ],
  ['story.yaml', 'published', /^published: .*$/m, (v) => `published: ${v}`],
  ['story.yaml', 'updated', /^updated: .*$/m, (v) => `updated: ${v}`],
  ['story.yaml', 'start', /^start: .*$/m, (v) => `start: ${v}`],
  ['story.yaml', 'end', /^end: .*$/m, (v) => `end: ${v}`],
  ['story.yaml', 'chapters[2].start', /^ {4}start: "2021-04-01"$/m, (v) => `    start: ${v}`],
];

/** 30 February, 31 April, month 13, and shapes YAML reads as something else or that are not YYYY-MM-DD. */
const values = ['2021-02-30', '2021-04-31', '2021-13-01', '2021-3-2', '2021-03-02 10:00', '2021-03-02 10:00:00'];
const unquotedOnly = ['2021-03-02t10:00:00z', '2021-03-02T10:00:00Z', '2021-03-02T10:00:00.5+01:00'];

const cases = fields.flatMap(([file, field, line, write]) => [
  ...values.flatMap((v) => [
    { file, field, line, text: write(v), typed: v },
    { file, field, line, text: write(`"${v}"`), typed: v },
  ]),
  ...unquotedOnly.map((v) => ({ file, field, line, text: write(v), typed: v })),
]);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every date field', () => {
  it.each(cases)('$file $field: $text', ({ file, field, line, text, typed }) => {
    rmSync(dir, { recursive: true, force: true });
    cpSync('tests/fixtures/content', dir, { recursive: true });
    const path = join(dir, file);
    const original = readFileSync(path, 'utf8');
    expect(original).toMatch(line);
    const edited = original.replace(line, text);
    writeFileSync(path, edited);
    const problems = validateContent(readContent(process.cwd(), dir));
    const problem = problems.find((p) => p.file === path && p.field === field);
    expect(problem, formatProblems(problems)).toBeDefined();
    // A top-level field is named at its own line; a nested one at its own line or its list's first line.
    const typedLine =
      edited.split('\n').findIndex((l) => l.includes(`date: ${typed}`) || l.endsWith(`: ${text.split(': ').at(-1)}`)) +
      1;
    if (/^\w+$/.test(field)) expect(problem!.line).toBe(typedLine);
    else expect(problem!.line).toBeLessThanOrEqual(typedLine);
    expect(formatProblems([problem!])).toMatch(/^✖ 1 problem in 1 file:\n\n.+\n {2}line \d+, /);
  });

  it('names the text as it was typed, never the day YAML rolled it over to', () => {
    for (const { file, field, line, text, typed } of cases.filter((c) => !c.text.includes('"'))) {
      rmSync(dir, { recursive: true, force: true });
      cpSync('tests/fixtures/content', dir, { recursive: true });
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(line, text));
      const problem = validateContent(readContent(process.cwd(), dir)).find((p) => p.field === field);
      expect(problem?.found, `${file} ${field} ${typed}`).toContain(typed);
    }
  });

  it('keeps a real day written without quotes exactly as typed', () => {
    rmSync(dir, { recursive: true, force: true });
    cpSync('tests/fixtures/content', dir, { recursive: true });
    const path = join(dir, patch);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^ {4}date: .*$/m, '    date: 2021-03-01'));
    const content = readContent(process.cwd(), dir);
    expect(validateContent(content)).toEqual([]);
  });
});
