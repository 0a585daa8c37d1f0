import { readContent } from '../../../src/integrations/readContent.ts';
import { eventIdFromPath } from '../../../src/lib/validateContent.ts';
import { type EventData, eventSchema } from '../../../src/schemas/event.ts';

/** The events a production build publishes (drafts left out), read from content/ so tests follow the content. */
export function publishedEvents(): (EventData & { id: string })[] {
  return readContent(process.cwd()).events.flatMap((file) => {
    const parsed = eventSchema.safeParse(file.data);
    return parsed.success && !parsed.data.draft ? [{ ...parsed.data, id: eventIdFromPath(file.file) }] : [];
  });
}
