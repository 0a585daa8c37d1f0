import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { contentDir } from './checks/readContent.ts';
import { actorSchema } from './schemas/actor.ts';
import { eventSchema } from './schemas/event.ts';
import { storySchema } from './schemas/story.ts';
import { threadSchema } from './schemas/thread.ts';
import { eventIdFromPath } from './checks/eventId.ts';

/** One MDX file per event; its id is the file name without .mdx, stable because URLs and embeds use it. */
const events = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: `./${contentDir}/events`,
    generateId: ({ entry }) => eventIdFromPath(entry),
  }),
  schema: eventSchema,
});

/** Keeps each entry's position in a YAML list, since the data store does not promise to keep the file's order. */
const ordered = (text: string) =>
  (yaml.load(text) as Record<string, unknown>[]).map((entry, order) => ({ ...entry, order }));

/** The timeline's lanes, top to bottom in the order of the file. */
const threads = defineCollection({
  loader: file(`${contentDir}/threads.yaml`, { parser: ordered }),
  schema: threadSchema.extend({ order: z.number() }),
});

/** Everyone who appears in the story. */
const actors = defineCollection({ loader: file(`${contentDir}/actors.yaml`), schema: actorSchema });

/** The story's frame, a single entry with the id "story"; read without timestamps, so its dates stay as typed. */
const story = defineCollection({
  loader: file(`${contentDir}/story.yaml`, {
    parser: (text) => ({ story: yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown> }),
  }),
  schema: storySchema,
});

export const collections = { events, threads, actors, story };
