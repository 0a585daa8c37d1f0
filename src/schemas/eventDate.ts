import { z } from 'astro/zod';
import { DATE_EXPECTED, parseEventDate } from '../lib/dates/eventDate.ts';

const UNQUOTED_MOMENT =
  'the date-time in quotes, such as "2021-03-02T14:00-08:00": without them YAML turns it into UTC and its offset is lost';

/** The date as written (text, or the Date YAML makes of an unquoted day), or an issue saying why it is none. */
function parsed(value: string | Date, ctx: z.RefinementCtx) {
  const date = parseEventDate(value);
  if (date) return date;
  const lostOffset = value instanceof Date && !Number.isNaN(value.getTime());
  ctx.addIssue({ code: 'custom', message: lostOffset ? UNQUOTED_MOMENT : DATE_EXPECTED, input: value });
  return z.NEVER;
}

const written = z.union([z.string(), z.date()], { error: DATE_EXPECTED });

/**
 * A date as editors write it (month, day or date-time with offset), parsed here, once, where content is loaded:
 * the model, the checks and the pages receive the `EventDate` (its precision, first instant and offset).
 */
export const eventDateSchema = written.transform(parsed);

/**
 * A calendar day, YYYY-MM-DD (the story's and chapters' days, corrections), kept as its ISO text: the key chapter
 * ranges compare and the graphic counts days from, shown with formatCalendar.
 */
export const daySchema = written
  .transform(parsed)
  .refine((date) => date.precision === 'day', { error: 'a day written as YYYY-MM-DD' })
  .transform((date) => date.iso);
