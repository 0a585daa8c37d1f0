import type { EventDate } from '../lib/dates/eventDate.ts';
import { eventDateSchema } from '../schemas/eventDate.ts';
import type { EventFields } from './checkTypes.ts';

/**
 * The fields the event checks read, taken leniently from frontmatter that may not have passed the schema. The
 * date is the one the schema parsed; only a file that failed its schema has its date parsed again, alone.
 */
export function eventFields(raw: unknown, parsed?: EventDate): EventFields {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const media = r.media && typeof r.media === 'object' ? (r.media as Record<string, unknown>) : {};
  return {
    thread: text(r.thread),
    actors: Array.isArray(r.actors) ? r.actors.filter((a): a is string => typeof a === 'string') : [],
    image: text(media.image),
    date: parsed ?? eventDateSchema.safeParse(r.date).data,
    chapter: text(r.chapter),
    background: r.background === true,
    draft: r.draft === true,
  };
}
