import type { Story } from '../schemas/story.ts';
import { chapterFor, localDay } from '../lib/dates/chapters.ts';
import { type ContentProblem, describeValue } from './contentProblem.ts';
import { parseEventDate } from '../lib/dates/eventDate.ts';
import { closest, fieldName, lineOf } from './schemaProblems.ts';
import type { CheckedEvent, ContentInput } from './validateContent.ts';

/** What an event may refer to. */
interface Known {
  story: Story | null;
  threadIds: string[];
  actorIds: string[];
  events: CheckedEvent[];
  input: Pick<ContentInput, 'publicFileExists'>;
}

/** The fields references are checked on, read leniently so a file with schema errors is still checked. */
interface Referenced {
  thread?: string;
  actors: string[];
  image?: string;
  date?: unknown;
  chapter?: string;
  background: boolean;
  draft: boolean;
}

function referenced(raw: unknown): Referenced {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const media = r.media && typeof r.media === 'object' ? (r.media as Record<string, unknown>) : {};
  return {
    thread: text(r.thread),
    actors: Array.isArray(r.actors) ? r.actors.filter((a): a is string => typeof a === 'string') : [],
    image: text(media.image),
    date: r.date,
    chapter: text(r.chapter),
    background: r.background === true,
    draft: r.draft === true,
  };
}

/** Checks what the schema alone cannot: threads, actors, chapters, the story's range, links, images and leftover TODOs. */
export function checkEventReferences(event: CheckedEvent, known: Known): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { source } = event;
  const data = referenced(source.data);
  const push = (
    field: string,
    found: unknown,
    expected: string,
    line = lineOf(source.text, field.replace(/[[.].*$/, '')),
  ) => problems.push({ file: source.file, field, found: describeValue(found), expected, line });

  if (data.thread !== undefined && known.threadIds.length && !known.threadIds.includes(data.thread)) {
    const hint = closest(data.thread, known.threadIds);
    push(
      'thread',
      data.thread,
      `${hint ? `"${hint}" (a likely typo), or ` : ''}one of the threads in content/threads.yaml: ${known.threadIds.join(', ')}`,
    );
  }
  data.actors.forEach((id, i) => {
    if (!known.actorIds.length || known.actorIds.includes(id)) return;
    const hint = closest(id, known.actorIds);
    push(
      `actors[${i}]`,
      id,
      `an actor id from content/actors.yaml${hint ? ` ("${hint}"?)` : ''}; add new actors there first`,
    );
  });
  if (data.image?.startsWith('/') && !known.input.publicFileExists(data.image)) {
    push('media.image', data.image, `an image that exists at public${data.image}`);
  }
  if (known.story) checkPlacement(data, known.story, push);
  for (const link of eventLinks(source.body ?? '')) {
    const target = known.events.find((e) => e.id === link.id);
    const line = lineAt(source.text, link.raw);
    if (!target) push('body', link.raw, 'a link to an event that exists: the id is its file name without .mdx', line);
    else if (referenced(target.source.data).draft && !data.draft)
      push('body', link.raw, 'a link to a published event, not to a draft', line);
  }
  for (const figure of (source.body ?? '').match(/<Figure\b[^>]*>/g) ?? []) {
    if (!/\balt=["'][^"']*\S[^"']*["']/.test(figure))
      push('body', figure, 'alt="…" describing the image, for readers who cannot see it', lineAt(source.text, figure));
  }
  if (!data.draft) {
    for (const todo of leftoverTodos(source))
      push(
        todo.field,
        todo.value,
        "your own text instead of the template's TODO (or draft: true until it is ready)",
        todo.line,
      );
  }
  return problems;
}

type Push = (field: string, found: unknown, expected: string) => void;

function checkPlacement(data: Referenced, story: Story, push: Push): void {
  const start = parseEventDate(data.date);
  if (!start) return;
  const day = localDay(start);
  if (!data.background && (day < story.start || day > story.end)) {
    push(
      'date',
      start.iso,
      `a date inside the story's range, ${story.start} to ${story.end} (or background: true for earlier context)`,
    );
    return;
  }
  if (data.chapter === undefined) {
    if (!chapterFor(start, story.chapters))
      push('date', start.iso, 'a date inside one of the chapters in content/story.yaml (or a chapter: field)');
    return;
  }
  const chapter = story.chapters.find((c) => c.id === data.chapter);
  if (!chapter)
    push(
      'chapter',
      data.chapter,
      `one of the chapters in content/story.yaml: ${story.chapters.map((c) => c.id).join(', ')}`,
    );
  else if (!chapterFor(start, [chapter]))
    push('chapter', data.chapter, `a chapter whose days (${chapter.start} to ${chapter.end}) contain the event's date`);
}

/** Every <EventLink id="…"> in an MDX body. */
function eventLinks(body: string): { id: string; raw: string }[] {
  return [...body.matchAll(/<EventLink\b[^>]*?\bid=["']([^"']*)["'][^>]*>/g)].map((m) => ({ id: m[1], raw: m[0] }));
}

function lineAt(text: string | undefined, snippet: string): number | undefined {
  const index = text?.indexOf(snippet) ?? -1;
  return index >= 0 ? text!.slice(0, index).split('\n').length : undefined;
}

interface Todo {
  field: string;
  value: string;
  line?: number;
}

/** Fields (and the body) that still hold the new-event template's TODO markers. */
function leftoverTodos(source: CheckedEvent['source']): Todo[] {
  const found: Todo[] = [];
  const walk = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string' && TODO.test(value))
      found.push({ field: fieldName(path), value, line: lineOf(source.text, path[0]) });
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, Array.isArray(value) ? Number(k) : k]);
  };
  walk(source.data, []);
  const body = source.body ?? '';
  const at = body.search(TODO);
  if (at >= 0) {
    const bodyStart = (source.text ?? '').length - body.length;
    const line = (source.text ?? '').slice(0, bodyStart + at).split('\n').length;
    found.push({ field: 'body', value: body.slice(at, at + 60).split('\n')[0], line });
  }
  return found;
}

const TODO = /\bTODO\b/;
