import { actorSchema } from '../schemas/actor.ts';
import { eventSchema } from '../schemas/event.ts';
import { storySchema } from '../schemas/story.ts';
import { threadSchema } from '../schemas/thread.ts';
import type { CheckedEvent, ContentFile, ContentInput, ContentProblem, EventCheck, PlacedEvent } from './checkTypes.ts';
import { eventFields } from './eventFields.ts';
import { eventIdFromPath } from './eventId.ts';
import { parseFile, parseList } from './parseFile.ts';
import { actorReferences } from './rules/actorReferences.ts';
import { chapterOrderProblems } from './rules/chapterOrder.ts';
import { chapterRangeProblems } from './rules/chapterRanges.ts';
import { duplicateIdProblems } from './rules/duplicateIds.ts';
import { eventLinks } from './rules/eventLinks.ts';
import { eventPlacement } from './rules/eventPlacement.ts';
import { figureAlt } from './rules/figureAlt.ts';
import { fileNameProblems } from './rules/fileName.ts';
import { framePassageProblems } from './rules/framePassages.ts';
import { leftoverTodos } from './rules/leftoverTodos.ts';
import { mediaImage } from './rules/mediaImage.ts';
import { threadReference } from './rules/threadReference.ts';
import { retypedDates } from './rules/yamlDates.ts';

/** What the schema alone cannot check of an event, in the order their problems are listed. */
const EVENT_CHECKS: readonly EventCheck[] = [
  threadReference,
  actorReferences,
  mediaImage,
  eventPlacement,
  eventLinks,
  figureAlt,
  leftoverTodos,
];

/** Checks all content at once and returns every problem found; an empty list means it can be built. */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const story = parseFile(input.story, storySchema, problems);
  if (story) problems.push(...chapterRangeProblems(story, input.story));
  const threads = parseList(input.threads, threadSchema, problems);
  const actors = parseList(input.actors, actorSchema, problems);
  const actorIds = actors.map((a) => a.id);
  if (story) problems.push(...framePassageProblems(story, actorIds, input.story));
  const placed: PlacedEvent[] = [];
  const events = input.events.map((source): CheckedEvent => {
    problems.push(...fileNameProblems(source.file));
    const id = eventIdFromPath(source.file);
    const data = parseFile(source, eventSchema, problems);
    if (data && !data.draft) placed.push({ id, file: source.file, text: source.text, data });
    return { id, source, fields: eventFields(source.data, data?.date) };
  });
  problems.push(...duplicateIdProblems(events.map((e) => ({ id: e.id, file: e.source.file }))));
  const known = {
    story,
    threadIds: threads.map((t) => t.id),
    actorIds,
    events,
    publicFileExists: input.publicFileExists,
  };
  for (const event of events) for (const check of EVENT_CHECKS) problems.push(...check(event, known));
  if (story) problems.push(...chapterOrderProblems(placed, story.chapters));
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
