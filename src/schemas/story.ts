import { z } from 'astro/zod';
import { frameCorrectionSchema } from './correction.ts';
import { daySchema } from './eventDate.ts';
import { httpsUrlSchema } from './httpsUrl.ts';
import { idSchema, proseSchema, textSchema } from './text.ts';

/** One chapter of the story: a titled span of time with a short introduction. */
export const chapterSchema = z.strictObject({
  /** The chapter's id, used in URLs and in an event's chapter field. */
  id: idSchema,
  /** The chapter heading. */
  title: proseSchema('a heading of at most 80 characters', 80),
  /** The first day it covers, YYYY-MM-DD. */
  start: daySchema,
  /** The last day it covers, YYYY-MM-DD. */
  end: daySchema,
  /** A short introduction (Markdown), a paragraph or two. */
  intro: textSchema('a short introduction in Markdown', 2000),
  /** true for the background chapter before the story's range (drawn left of a break in the timeline). */
  background: z.boolean({ error: 'true or false' }).default(false),
});

/** The story's frame, content/story.yaml: everything that is not an event. */
export const storySchema = z.strictObject({
  /** The story's headline. */
  title: proseSchema('a headline of at most 120 characters', 120),
  /** The standfirst under the headline, one or two sentences. */
  dek: proseSchema('one or two sentences of at most 300 characters', 300),
  /** Who wrote and edited it, as shown under the headline. */
  byline: proseSchema('a byline such as "By the Timeline Desk"', 200),
  /** The day it was first published, YYYY-MM-DD. */
  published: daySchema,
  /** The day it was last updated, YYYY-MM-DD. */
  updated: daySchema,
  /** The first day of the story's range; events before it must be marked background. */
  start: daySchema,
  /** The last day of the story's range; events after it must be marked background. */
  end: daySchema,
  /** The introduction (Markdown): a few paragraphs that set the stakes. */
  intro: textSchema('the introduction in Markdown', 5000),
  /** The story's chapters, in reading order. */
  chapters: z.array(chapterSchema, { error: 'a list of chapters' }).min(1, { error: 'at least one chapter' }),
  /** The closing section (Markdown): what the attribution did and did not do. */
  closing: textSchema('the closing section in Markdown', 5000),
  /** The "How we made this" text (Markdown): sources, what "confirmed" means, how to report an error. */
  methodology: textSchema('the methodology in Markdown', 10000),
  /** Optional: where readers report errors, an email address or an https:// page; shown on "How we made this". */
  contact: z
    .union([z.email(), httpsUrlSchema], { error: 'an email address or a web address starting with https://' })
    .optional(),
  /** Optional: corrections to the intro, closing, methodology, a chapter or an actor's description, oldest first. */
  corrections: z.array(frameCorrectionSchema, { error: 'a list of corrections' }).default([]),
});

/** The story's frame after validation. */
export type Story = z.infer<typeof storySchema>;

/** A chapter after validation. */
export type Chapter = z.infer<typeof chapterSchema>;
