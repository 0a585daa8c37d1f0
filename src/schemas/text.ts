import { z } from 'astro/zod';

/** Trimmed, non-empty text of at most `max` characters; every failure says what is expected. */
export function textSchema(expected: string, max = 10_000) {
  return z.string({ error: expected }).trim().min(1, { error: expected }).max(max, { error: expected });
}

/** An id: lower-case words joined by hyphens, as used in URLs and data files. */
export const idSchema = z
  .string({ error: 'an id in lower case with hyphens, such as "disclosure-and-patch"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id in lower case with hyphens, such as "disclosure-and-patch"' });
