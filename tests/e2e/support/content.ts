import { readContent } from '../../../src/checks/readContent.ts';
import { eventIdFromPath } from '../../../src/checks/eventId.ts';
import { type FrameCorrection, frameCorrections } from '../../../src/lib/model/frameCorrections.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { type EventData, eventSchema } from '../../../src/schemas/event.ts';
import { storySchema } from '../../../src/schemas/story.ts';

/** The events a production build publishes (drafts left out), read from content/ so tests follow the content. */
export function publishedEvents(): (EventData & { id: string })[] {
  return readContent(process.cwd()).events.flatMap((file) => {
    const parsed = eventSchema.safeParse(file.data);
    return parsed.success && !parsed.data.draft ? [{ ...parsed.data, id: eventIdFromPath(file.file) }] : [];
  });
}

/** The corrections content/story.yaml lists for its own passages and for actors, resolved as the pages resolve them. */
export function publishedFrameCorrections(): FrameCorrection[] {
  const content = readContent(process.cwd());
  const story = storySchema.parse(content.story.data);
  const actors = (content.actors.data as unknown[]).map((a) => actorSchema.parse(a));
  return frameCorrections(story, actors);
}
