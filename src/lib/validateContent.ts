import type { z } from 'astro/zod';
import { type Actor, actorSchema } from '../schemas/actor.ts';
import { type EventData, eventSchema } from '../schemas/event.ts';
import { type Story, storySchema } from '../schemas/story.ts';
import { type Thread, threadSchema } from '../schemas/thread.ts';
import { type ContentProblem, describeValue } from './contentProblem.ts';
import { chapterFor, localDay } from './chapters.ts';
import { parseEventDate } from './eventDate.ts';

/** One file read from content/: its parsed data and, for MDX, its body and full text. */
export interface ContentFile {
  /** Path relative to the project, such as content/events/2021-03-02-patch.mdx. */
  file: string;
  data: unknown;
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

/** A validated event with its id (the file name without .mdx). */
export interface CheckedEvent {
  id: string;
  file: string;
  data: EventData;
}

/** Checks all content at once and returns every problem found (an empty list means it can be built). */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const story = parseOne(input.story, storySchema, problems);
  const threads = parseList(input.threads, threadSchema, problems);
  const actors = parseList(input.actors, actorSchema, problems);
  if (story) checkChapters(story, input.story, problems);
  const events = input.events.flatMap((f) => parseEvent(f, problems));
  checkDuplicates(events, problems);
  const context = { story, threads, actors, events, input };
  for (const event of events) checkReferences(event, context, problems);
  return problems;
}

const EVENT_FILE = /^(?:.*\/)?(\d{4}-\d{2}(?:-\d{2})?-[a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** The id of an event file: its name without the extension. */
export function eventIdFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

function parseEvent(file: ContentFile, problems: ContentProblem[]): CheckedEvent[] {
  if (!EVENT_FILE.test(file.file)) {
    problems.push({
      file: file.file,
      field: 'file name',
      found: describeValue(file.file.replace(/^.*\//, '')),
      expected: 'a name like 2021-03-02-microsoft-patches.mdx: the date, then lower-case words joined by hyphens',
    });
  }
  const data = parseOne(file, eventSchema, problems);
  return data ? [{ id: eventIdFromPath(file.file), file: file.file, data }] : [];
}

function parseOne<S extends z.ZodType>(file: ContentFile, schema: S, problems: ContentProblem[]): z.output<S> | null {
  if (file.syntaxError) {
    problems.push({
      file: file.file,
      field: 'frontmatter',
      found: `text that is not valid YAML (${file.syntaxError.message})`,
      expected: 'valid YAML: "field: value" lines, lists with "- ", and quotes around text containing a colon',
      line: file.syntaxError.line,
    });
    return null;
  }
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  problems.push(...result.error.issues.flatMap((issue) => toProblems(issue, file, schema)));
  return null;
}

function parseList<S extends z.ZodType>(file: ContentFile, schema: S, problems: ContentProblem[]): z.output<S>[] {
  if (!Array.isArray(file.data)) {
    problems.push({
      file: file.file,
      field: 'file',
      found: describeValue(file.data),
      expected: 'a list of entries, each starting with "- id:"',
    });
    return [];
  }
  const items = file.data.flatMap((item: unknown, i: number) => {
    const label = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : `entry ${i + 1}`;
    const before = problems.length;
    const parsed = parseOne({ ...file, data: item }, schema, problems);
    for (const p of problems.slice(before)) p.field = `${label} › ${p.field}`;
    return parsed ? [parsed as z.output<S> & { id: string }] : [];
  });
  checkDuplicates(
    items.map((item) => ({ id: item.id, file: file.file })),
    problems,
  );
  return items;
}

function toProblems(issue: z.core.$ZodIssue, file: ContentFile, schema: z.ZodType): ContentProblem[] {
  const line = lineOf(file.text, issue.path[0]);
  if (issue.code === 'unrecognized_keys') {
    const known = Object.keys((schema as unknown as { shape?: object }).shape ?? {});
    return issue.keys.map((key) => ({
      file: file.file,
      field: fieldName([...issue.path, key]),
      found: 'a field this schema does not know',
      expected: `only known fields${closest(key, known) ? ` (did you mean "${closest(key, known)}"?)` : ''}: ${known.join(', ')}`,
      line: lineOf(file.text, key),
    }));
  }
  return [
    {
      file: file.file,
      field: fieldName(issue.path),
      found: describeValue(valueAt(file.data, issue.path)),
      expected: issue.message,
      line,
    },
  ];
}

/** sources[0].url from ['sources', 0, 'url']. */
function fieldName(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
      '',
    ) || 'file'
  );
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined),
    data,
  );
}

/** The 1-based line of a top-level YAML key in a file, if it is there. */
function lineOf(text: string | undefined, key: PropertyKey | undefined): number | undefined {
  if (!text || typeof key !== 'string') return undefined;
  const index = text.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : undefined;
}

function closest(key: string, known: string[]): string | undefined {
  return known.find((k) => distance(k, key) <= 2);
}

/** Levenshtein distance, for "did you mean" hints. */
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

function checkDuplicates(entries: { id: string; file: string }[], problems: ContentProblem[]): void {
  const seen = new Map<string, string>();
  for (const { id, file } of entries) {
    const first = seen.get(id);
    if (first)
      problems.push({
        file,
        field: 'id',
        found: describeValue(id),
        expected: `an id used only once (${first} already uses it)`,
      });
    else seen.set(id, file);
  }
}

function checkChapters(story: Story, file: ContentFile, problems: ContentProblem[]): void {
  const push = (field: string, found: unknown, expected: string) =>
    problems.push({
      file: file.file,
      field,
      found: describeValue(found),
      expected,
      line: lineOf(file.text, 'chapters'),
    });
  if (story.end < story.start) push('end', story.end, `a day on or after start (${story.start})`);
  checkDuplicates(
    story.chapters.map((c) => ({ id: c.id, file: file.file })),
    problems,
  );
  story.chapters.forEach((c, i) => {
    if (c.end < c.start) push(`chapters[${i}].end`, c.end, `a day on or after the chapter's start (${c.start})`);
    if (!c.background && (c.start < story.start || c.end > story.end)) {
      push(
        `chapters[${i}]`,
        `${c.start} to ${c.end}`,
        `dates inside the story's range, ${story.start} to ${story.end} (or background: true)`,
      );
    }
  });
}

interface Context {
  story: Story | null;
  threads: Thread[];
  actors: Actor[];
  events: CheckedEvent[];
  input: ContentInput;
}

function checkReferences(event: CheckedEvent, ctx: Context, problems: ContentProblem[]): void {
  const file = ctx.input.events.find((f) => f.file === event.file);
  const push = (
    field: string,
    found: unknown,
    expected: string,
    line = lineOf(file?.text, field.replace(/[[.].*$/, '')),
  ) => problems.push({ file: event.file, field, found: describeValue(found), expected, line });
  const { data } = event;
  const threadIds = ctx.threads.map((t) => t.id);
  if (threadIds.length && !threadIds.includes(data.thread))
    push('thread', data.thread, `one of the threads in content/threads.yaml: ${threadIds.join(', ')}`);
  const actorIds = new Set(ctx.actors.map((a) => a.id));
  data.actors.forEach((id, i) => {
    if (actorIds.size && !actorIds.has(id))
      push(
        `actors[${i}]`,
        id,
        `an actor id from content/actors.yaml${closest(id, [...actorIds]) ? ` (did you mean "${closest(id, [...actorIds])}"?)` : ''}, or add the actor there first`,
      );
  });
  if (data.media && !ctx.input.publicFileExists(data.media.image))
    push('media.image', data.media.image, `a file that exists at public${data.media.image}`);
  if (ctx.story) checkPlacement(event, ctx.story, push);
  for (const link of eventLinks(file?.body ?? '')) {
    const target = ctx.events.find((e) => e.id === link.id);
    const line = (file?.text ?? '').slice(0, (file?.text ?? '').indexOf(link.raw)).split('\n').length;
    if (!target)
      push('body', `<EventLink id="${link.id}">`, 'a link to an event that exists (its file name without .mdx)', line);
    else if (target.data.draft && !data.draft)
      push('body', `<EventLink id="${link.id}">`, 'a link to a published event, not a draft', line);
  }
}

type Push = (field: string, found: unknown, expected: string) => void;

function checkPlacement(event: CheckedEvent, story: Story, push: Push): void {
  const { data } = event;
  const start = parseEventDate(data.date);
  if (!start) return;
  const day = localDay(start);
  const inRange = day >= story.start && day <= story.end;
  if (!data.background && !inRange)
    push(
      'date',
      data.date,
      `a date inside the story's range, ${story.start} to ${story.end} (or background: true for earlier context)`,
    );
  if (data.chapter !== undefined) {
    const chapter = story.chapters.find((c) => c.id === data.chapter);
    if (!chapter)
      push(
        'chapter',
        data.chapter,
        `one of the chapters in content/story.yaml: ${story.chapters.map((c) => c.id).join(', ')}`,
      );
    else if (!chapterFor(start, [chapter]))
      push(
        'chapter',
        data.chapter,
        `a chapter whose dates (${chapter.start} to ${chapter.end}) contain the event's date`,
      );
  } else if (!chapterFor(start, story.chapters)) {
    push('date', data.date, 'a date that falls inside one of the chapters in content/story.yaml (or set chapter:)');
  }
}

/** Every <EventLink id="…"> in an MDX body. */
export function eventLinks(body: string): { id: string; raw: string }[] {
  return [...body.matchAll(/<EventLink\b[^>]*?\bid=["']([^"']*)["'][^>]*>/g)].map((m) => ({ id: m[1], raw: m[0] }));
}
