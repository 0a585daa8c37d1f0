import { z } from 'astro/zod';
import { daySchema } from './eventDate.ts';
import { proseSchema } from './text.ts';

/** A published correction to an event. */
export const correctionSchema = z.strictObject({
  /** The day the correction was made, YYYY-MM-DD. */
  date: daySchema,
  /** What was wrong and what it now says, in one or two sentences. */
  text: proseSchema('what changed, in one or two sentences', 600),
});

/** The passages of content/ outside the events that a correction can name. */
const FRAME_PASSAGE = /^(?:intro|closing|methodology|chapters\/[a-z0-9-]+|actors\/[a-z0-9-]+)$/;

/** A published correction to the story's frame or to an actor's description, listed in content/story.yaml. */
export const frameCorrectionSchema = z.strictObject({
  /** The day the correction was made, YYYY-MM-DD. */
  date: daySchema,
  /** What was corrected: intro, closing, methodology, chapters/<chapter id> or actors/<actor id>. */
  passage: z.string({ error: 'intro, closing, methodology, chapters/<id> or actors/<id>' }).regex(FRAME_PASSAGE, {
    error: 'intro, closing, methodology, chapters/<id> or actors/<id>',
  }),
  /** What was wrong and what it now says, in one or two sentences. */
  text: proseSchema('what changed, in one or two sentences', 600),
});

/** A correction to the frame or an actor after validation. */
export type FrameCorrectionEntry = z.infer<typeof frameCorrectionSchema>;
