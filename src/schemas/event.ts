import { z } from 'astro/zod';
import { type EventDate, periodEnd } from '../lib/dates/eventDate.ts';
import { zoneOffsetAt } from '../lib/dates/formatDate.ts';
import { correctionSchema } from './correction.ts';
import { eventDateSchema } from './eventDate.ts';
import { mediaSchema } from './media.ts';
import { sourceSchema } from './source.ts';
import { idSchema, proseSchema } from './text.ts';

const CVE = 'a CVE id such as CVE-2021-26855';
const SUMMARY = 'one sentence of at most 280 characters, ending with a full stop';

/** The frontmatter of one event file, content/events/YYYY-MM-DD-slug.mdx. */
export const eventSchema = z
  .strictObject({
    /** The headline: what happened, in a few words (at most 120 characters). */
    title: proseSchema('a headline of at most 120 characters', 120),
    /** When it happened: "2021-03" (a month), "2021-03-02" (a day) or "2021-03-02T14:00-08:00" (a moment, quoted, with its UTC offset). */
    date: eventDateSchema,
    /** Optional: when a span ends, written like date; never before date. */
    end: eventDateSchema.optional(),
    /** Optional: the IANA time zone of a date-time, such as America/Los_Angeles, so it shows as "PST". */
    timeZone: z.string({ error: 'an IANA time zone such as America/Los_Angeles' }).optional(),
    /** true when the date is not known exactly; it then reads "Around …". */
    approximate: z.boolean({ error: 'true or false' }).default(false),
    /** true for context from before the story's dates: allows a date outside the story's range. */
    background: z.boolean({ error: 'true or false' }).default(false),
    /** Optional: the id of the chapter it belongs to; by default, the first chapter whose dates contain it. */
    chapter: idSchema.optional(),
    /** The thread (lane) it belongs to: an id from content/threads.yaml. */
    thread: idSchema,
    /** Who took part: ids from content/actors.yaml. */
    actors: z.array(idSchema, { error: 'a list of actor ids, such as [microsoft, hafnium]' }).default([]),
    /** CVE ids involved, such as CVE-2021-26855. */
    cves: z
      .array(z.string({ error: CVE }).regex(/^CVE-\d{4}-\d{4,}$/, { error: CVE }), { error: 'a list of CVE ids' })
      .default([]),
    /** One sentence of at most 280 characters, used in cards, embeds, feeds and share images. */
    summary: proseSchema(SUMMARY, 280).refine(isOneSentence, { error: SUMMARY }),
    /** Where the facts come from: at least one source, primary sources first. */
    sources: z.array(sourceSchema, { error: 'a list of sources' }).min(1, { error: 'at least one source' }),
    /** 3 for a key moment (shown in every view), 2 for a notable one, 1 for detail shown only in the full story. */
    importance: z
      .number({ error: 'the number 1, 2 or 3' })
      .int({ error: 'the number 1, 2 or 3' })
      .min(1, { error: 'the number 1, 2 or 3' })
      .max(3, { error: 'the number 1, 2 or 3' }),
    /** Optional: an image, with alt text and a credit. */
    media: mediaSchema.optional(),
    /** true keeps it out of the published site, feeds and embeds (npm run dev still shows it). */
    draft: z.boolean({ error: 'true or false' }).default(false),
    /** Optional: what is disputed about this event, and by whom. */
    contested: proseSchema('a sentence or two on what is disputed and by whom', 600).optional(),
    /** Optional: corrections made after publication, oldest first. */
    corrections: z.array(correctionSchema, { error: 'a list of corrections' }).default([]),
  })
  .superRefine((event, ctx) => {
    const { date: start, end } = event;
    if (end && periodEnd(end) <= start.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        input: end.iso,
        message: `a date on or after the start date (${start.iso})`,
      });
    }
    if (event.timeZone !== undefined) checkZone(event.timeZone, start.precision === 'minute' ? start : null, ctx);
  });

/** An event's frontmatter after validation. */
export type EventData = z.infer<typeof eventSchema>;

function checkZone(timeZone: string, moment: EventDate | null, ctx: z.RefinementCtx): void {
  const offset = zoneOffsetAt(timeZone, moment?.start ?? new Date());
  const issue = (message: string) => ctx.addIssue({ code: 'custom', path: ['timeZone'], input: timeZone, message });
  if (offset === null) issue('an IANA time zone such as America/Los_Angeles or Europe/Brussels');
  else if (!moment)
    issue('a time zone only on a date-time such as "2021-03-02T14:00-08:00" (remove it for a month or a day)');
  else if (offset !== moment.offsetMinutes)
    issue(
      `a time zone whose offset on that date matches the date's own offset (${timeZone} is at ${offset / 60} hours there)`,
    );
}

/** A summary is one sentence: no sentence break (lower case, full stop, space, capital) before its end. */
function isOneSentence(text: string): boolean {
  return /[.!?]["”’)]?$/.test(text) && !/[a-z0-9)”’][.!?]["”’)]?\s+["“‘(]?[A-Z]/.test(text);
}
