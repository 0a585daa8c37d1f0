import { z } from 'astro/zod';
import { httpsUrlSchema } from './httpsUrl.ts';
import { idSchema, proseSchema } from './text.ts';

/** The kinds of actor the story distinguishes. */
export const ACTOR_KINDS = [
  'threat-actor',
  'government-body',
  'intergovernmental-body',
  'legislature',
  'company',
  'researcher',
  'person',
  'media',
] as const;

/** One actor (a group, body, company or person), in content/actors.yaml. */
export const actorSchema = z.strictObject({
  /** The id events use in their actors list, such as hafnium. */
  id: idSchema,
  /** The name readers see, such as "HAFNIUM". */
  name: proseSchema('the name readers see, at most 80 characters', 80),
  /** What kind of actor: threat-actor, government-body, intergovernmental-body, legislature, company, researcher, person or media. */
  kind: z.enum(ACTOR_KINDS, { error: `one of: ${ACTOR_KINDS.join(', ')}` }),
  /** Other names it is known by. */
  aliases: z.array(proseSchema('an alias', 80), { error: 'a list of names' }).default([]),
  /** Two or three sentences: who they are and their part in the story. */
  description: proseSchema('a short description of at most 600 characters', 600),
  /** Optional: an official or reference page, https://. */
  link: httpsUrlSchema.optional(),
});

/** An actor after validation. */
export type Actor = z.infer<typeof actorSchema>;
