import { z } from 'astro/zod';
import { DATE_EXPECTED, parseEventDate } from '../lib/dates/eventDate.ts';

const UNQUOTED_MOMENT =
  'the date-time in quotes, such as "2021-03-02T14:00-08:00": without them YAML turns it into UTC and its offset is lost';

/** A date as editors write it (month, day or date-time with offset), normalised to its ISO text. */
export const eventDateSchema = z.union([z.string(), z.date()], { error: DATE_EXPECTED }).transform((value, ctx) => {
  const parsed = parseEventDate(value);
  if (parsed) return parsed.iso;
  const lostOffset = value instanceof Date && !Number.isNaN(value.getTime());
  ctx.addIssue({ code: 'custom', message: lostOffset ? UNQUOTED_MOMENT : DATE_EXPECTED, input: value });
  return z.NEVER;
});

/** A calendar day, YYYY-MM-DD (used where a day is always known, such as a correction). */
export const daySchema = eventDateSchema.refine((iso) => /^\d{4}-\d{2}-\d{2}$/.test(iso), {
  error: 'a day written as YYYY-MM-DD',
});
