import { parseEventDate } from '../lib/dates/eventDate.ts';
import type { EventFields } from './checkTypes.ts';

/** The fields the event checks read, taken leniently from frontmatter that may not have passed the schema. */
export function eventFields(raw: unknown): EventFields {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const media = r.media && typeof r.media === 'object' ? (r.media as Record<string, unknown>) : {};
  return {
    thread: text(r.thread),
    actors: Array.isArray(r.actors) ? r.actors.filter((a): a is string => typeof a === 'string') : [],
    image: text(media.image),
    date: parseEventDate(r.date) ?? undefined,
    chapter: text(r.chapter),
    background: r.background === true,
    draft: r.draft === true,
  };
}
