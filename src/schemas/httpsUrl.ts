import { z } from 'astro/zod';

/** An absolute https:// address (readers must be able to open it; http:// is refused). */
export const httpsUrlSchema = z
  .string({ error: 'a web address starting with https://' })
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'a web address starting with https://',
  });
