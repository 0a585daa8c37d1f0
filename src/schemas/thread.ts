import { z } from 'astro/zod';
import { idSchema, proseSchema } from './text.ts';

/** The colour tokens a thread may use; each has a light and a dark value in src/styles/global.css. */
export const THREAD_COLORS = ['blue', 'orange', 'green', 'red', 'purple', 'teal'] as const;

/** One thread (lane) of the timeline, in content/threads.yaml. */
export const threadSchema = z.strictObject({
  /** The id events use in their thread field, such as exploitation. */
  id: idSchema,
  /** The name readers see, such as "Exploitation". */
  label: proseSchema('a short label of at most 40 characters', 40),
  /** One sentence on what the thread follows. */
  description: proseSchema('one sentence of at most 200 characters', 200),
  /** The colour token: blue, orange, green, red, purple or teal. */
  color: z.enum(THREAD_COLORS, { error: `one of: ${THREAD_COLORS.join(', ')}` }),
});

/** A thread after validation. */
export type Thread = z.infer<typeof threadSchema>;
