import type { EventDate } from '../lib/dates/eventDate.ts';
import type { EventData } from '../schemas/event.ts';
import type { Story } from '../schemas/story.ts';

/** One thing wrong in content/, phrased for the editor who has to fix it. */
export interface ContentProblem {
  /** The file, relative to the project (content/events/2021-03-02-patch.mdx). */
  file: string;
  /** The field, as a path (sources[0].url), or "file name" / "body". */
  field: string;
  /** What the file says, quoted and shortened; "nothing" when the field is missing. */
  found: string;
  /** What the field should hold. */
  expected: string;
  /** The 1-based line, when known. */
  line?: number;
}

/** One file read from content/: its parsed data and, for MDX, its body and full text. */
export interface ContentFile {
  /** Path relative to the project, such as content/events/2021-03-02-patch.mdx. */
  file: string;
  data: unknown;
  /** The same YAML read without timestamps: each value as typed, to find dates YAML changed (rules/yamlDates.ts). */
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

/** The fields the event checks read, leniently, so that a file with schema errors is still checked. */
export interface EventFields {
  thread?: string;
  actors: string[];
  image?: string;
  /** The event's date, parsed by the schema (or, when the file failed it, by the date's own schema). */
  date?: EventDate;
  chapter?: string;
  background: boolean;
  draft: boolean;
}

/** An event file as the event checks see it: its id (the file name without .mdx), the file and its fields. */
export interface CheckedEvent {
  id: string;
  source: ContentFile;
  fields: EventFields;
}

/** A valid, published event file: its id, where it is and its frontmatter. */
export interface PlacedEvent {
  id: string;
  file: string;
  text?: string;
  data: EventData;
}

/** What an event may refer to: the story's frame, the ids of threads and actors, the other events, public/. */
export interface Known {
  story: Story | null;
  threadIds: string[];
  actorIds: string[];
  events: CheckedEvent[];
  publicFileExists: ContentInput['publicFileExists'];
}

/** A check of one event file against what it may refer to. */
export type EventCheck = (event: CheckedEvent, known: Known) => ContentProblem[];
