import { z } from 'astro/zod';
import { smartPunctuation } from '../lib/text/smartPunctuation.ts';

/** Trimmed, non-empty text of at most `max` characters; every failure says what is expected. */
export function textSchema(expected: string, max = 10_000) {
  return z.string({ error: expected }).trim().min(1, { error: expected }).max(max, { error: expected });
}

/**
 * Plain text readers see (headlines, summaries, notes, names): as `textSchema`, given typographic quotes,
 * dashes and ellipses, as MDX gives event bodies. Not for Markdown fields, which are typeset when rendered.
 */
export function proseSchema(expected: string, max = 10_000) {
  return textSchema(expected, max).transform(smartPunctuation);
}

/** An id: lower-case words joined by hyphens, as used in URLs and data files. */
export const idSchema = z
  .string({ error: 'an id in lower case with hyphens, such as "disclosure-and-patch"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an id in lower case with hyphens, such as "disclosure-and-patch"' });
