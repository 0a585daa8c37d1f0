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
