import { readContent } from '../../../src/checks/readContent.ts';
import { eventIdFromPath } from '../../../src/checks/eventId.ts';
import { type FrameCorrection, frameCorrections } from '../../../src/lib/model/frameCorrections.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { type EventData, eventSchema } from '../../../src/schemas/event.ts';
import { storySchema } from '../../../src/schemas/story.ts';

/** An event as content/ writes it: its frontmatter after the schema, with each date as its ISO text. */
type WrittenEvent = Omit<EventData, 'date' | 'end' | 'sources'> & {
  id: string;
  date: string;
  end?: string;
  sources: (Omit<EventData['sources'][number], 'date'> & { date: string })[];
};

/** The events a production build publishes (drafts left out), read from content/ so tests follow the content. */
export function publishedEvents(): WrittenEvent[] {
  return readContent(process.cwd()).events.flatMap((file) => {
    const parsed = eventSchema.safeParse(file.data);
    if (!parsed.success || parsed.data.draft) return [];
    const { date, end, sources, ...data } = parsed.data;
    const written = sources.map((s) => ({ ...s, date: s.date.iso }));
    return [{ ...data, id: eventIdFromPath(file.file), date: date.iso, end: end?.iso, sources: written }];
  });
}

/** The corrections content/story.yaml lists for its own passages and for actors, resolved as the pages resolve them. */
export function publishedFrameCorrections(): FrameCorrection[] {
  const content = readContent(process.cwd());
  const story = storySchema.parse(content.story.data);
  const actors = (content.actors.data as unknown[]).map((a) => actorSchema.parse(a));
  return frameCorrections(story, actors);
}
