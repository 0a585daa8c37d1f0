import { z } from 'astro/zod';
import { eventDateSchema } from './eventDate.ts';
import { httpsUrlSchema } from './httpsUrl.ts';
import { proseSchema } from './text.ts';

/** One cited source. Primary sources (the statement, advisory or filing itself) are listed first. */
export const sourceSchema = z.strictObject({
  /** The headline or document title, as published. */
  title: proseSchema('the headline or document title', 300),
  /** Who published it: an outlet, agency or company. */
  publisher: proseSchema('the publisher, such as "Microsoft" or "Reuters"', 120),
  /** The address readers follow; must start with https://. */
  url: httpsUrlSchema,
  /** When it was published: YYYY-MM or YYYY-MM-DD. */
  date: eventDateSchema,
  /** Optional: an archived copy (for example on the Wayback Machine), https://. */
  archive: httpsUrlSchema.optional(),
});
