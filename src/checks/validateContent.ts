import type { z } from 'astro/zod';
import { actorSchema } from '../schemas/actor.ts';
import { eventSchema } from '../schemas/event.ts';
import { type Story, storySchema } from '../schemas/story.ts';
import { threadSchema } from '../schemas/thread.ts';
import { chapterOrderProblems, type PlacedEvent } from './chapterOrder.ts';
import { type ContentProblem, describeValue } from './contentProblem.ts';
import { checkEventReferences } from './eventReferences.ts';
import { lineOf, schemaProblems } from './schemaProblems.ts';
import { retypedDates } from './yamlDates.ts';

/** One file read from content/: its parsed data and, for MDX, its body and full text. */
export interface ContentFile {
  /** Path relative to the project, such as content/events/2021-03-02-patch.mdx. */
  file: string;
  data: unknown;
  /** The same YAML read without timestamps: each value as typed, to find dates YAML changed (yamlDates.ts). */
  typed?: unknown;
  /** The MDX body after the frontmatter. */
  body?: string;
  /** The whole file, used to point at line numbers. */
  text?: string;
  /** Set when the file's YAML could not be read at all. */
  syntaxError?: { message: string; line?: number };
}

/** Everything under content/, as read from disk. */
export interface ContentInput {
  story: ContentFile;
  threads: ContentFile;
  actors: ContentFile;
  events: ContentFile[];
  /** Whether a path such as /media/x.png exists under public/. */
  publicFileExists: (path: string) => boolean;
}

/** An event file with its id (the file name without .mdx). */
export interface CheckedEvent {
  id: string;
  source: ContentFile;
}

/** Checks all content at once and returns every problem found; an empty list means it can be built. */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const story = parseFile(input.story, storySchema, problems);
  if (story) checkChapters(story, input.story, problems);
  const threads = parseList(input.threads, threadSchema, problems);
  const actors = parseList(input.actors, actorSchema, problems);
  if (story) checkFramePassages(story, actors, input.story, problems);
  const valid: PlacedEvent[] = [];
  const events = input.events.map((source) => {
    if (!EVENT_FILE.test(source.file)) problems.push(badFileName(source.file));
    const id = eventIdFromPath(source.file);
    const data = parseFile(source, eventSchema, problems);
    if (data && !data.draft) valid.push({ id, file: source.file, text: source.text, data });
    return { id, source };
  });
  checkDuplicates(
    events.map((e) => ({ id: e.id, file: e.source.file })),
    problems,
  );
  const known = { story, threadIds: threads.map((t) => t.id), actorIds: actors.map((a) => a.id), events, input };
  for (const event of events) problems.push(...checkEventReferences(event, known));
  if (story) problems.push(...chapterOrderProblems(valid, story.chapters));
  return withRetypedDates(problems, [input.story, input.threads, input.actors, ...input.events]).sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** Adds the dates YAML changed; each replaces what the schema said of the same field, which saw the changed value. */
function withRetypedDates(problems: ContentProblem[], files: readonly ContentFile[]): ContentProblem[] {
  const retyped = files.flatMap(retypedDates);
  const seen = new Set(retyped.map((p) => `${p.file}\n${p.field}`));
  return [...problems.filter((p) => !seen.has(`${p.file}\n${p.field}`)), ...retyped];
}

const EVENT_FILE = /^(?:.*\/)?\d{4}-\d{2}(?:-\d{2})?-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** The id of an event file: its name without the extension. */
export function eventIdFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

function badFileName(file: string): ContentProblem {
  return {
    file,
    field: 'file name',
    found: describeValue(file.replace(/^.*\//, '')),
    expected: 'a name like 2021-03-02-microsoft-patches.mdx: the date, then lower-case words joined by hyphens',
  };
}

function parseFile<S extends z.ZodObject>(
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

function parseList<S extends z.ZodObject>(file: ContentFile, schema: S, problems: ContentProblem[]): z.output<S>[] {
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
  checkDuplicates(
    items.map((item) => ({ id: String(item.id), file: file.file })),
    problems,
  );
  return items;
}

function checkDuplicates(entries: { id: string; file: string }[], problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const { id, file } of entries) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, file);
    else
      problems.push({
        file,
        field: 'id',
        found: describeValue(id),
        expected: `an id used only once (${first} already uses it)`,
      });
  }
}

/** A frame correction must name a chapter or actor that exists, or its note would have nowhere to appear. */
function checkFramePassages(story: Story, actors: { id: string }[], source: ContentFile, problems: ContentProblem[]) {
  story.corrections.forEach(({ passage }, i) => {
    const [kind, id] = passage.split('/');
    const ids = kind === 'chapters' ? story.chapters.map((c) => c.id) : actors.map((a) => a.id);
    if (id === undefined || ids.includes(id)) return;
    problems.push({
      file: source.file,
      field: `corrections[${i}].passage`,
      found: describeValue(passage),
      expected: `${kind}/ followed by the id of one of the ${kind} in content/${kind === 'chapters' ? 'story' : 'actors'}.yaml`,
      line: lineOf(source.text, 'corrections'),
    });
  });
}

function checkChapters(story: Story, source: ContentFile, problems: ContentProblem[]): void {
  const line = lineOf(source.text, 'chapters');
  const push = (field: string, found: unknown, expected: string) =>
    problems.push({ file: source.file, field, found: describeValue(found), expected, line });
  if (story.end < story.start) push('end', story.end, `a day on or after start (${story.start})`);
  checkDuplicates(
    story.chapters.map((c) => ({ id: c.id, file: source.file })),
    problems,
  );
  story.chapters.forEach((c, i) => {
    if (c.end < c.start) push(`chapters[${i}].end`, c.end, `a day on or after the chapter's start (${c.start})`);
    else if (!c.background && (c.start < story.start || c.end > story.end)) {
      push(
        `chapters[${i}]`,
        `${c.start} to ${c.end}`,
        `days inside the story's range, ${story.start} to ${story.end} (or background: true)`,
      );
    }
  });
}
