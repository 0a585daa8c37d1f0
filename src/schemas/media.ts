import { z } from 'astro/zod';
import { proseSchema } from './text.ts';

const IMAGE_PATH = 'a path under public/ starting with /, such as /media/eba-notice.png';

/** An image shown with the event. */
export const mediaSchema = z.strictObject({
  /** Path of the image under public/, such as /media/eba-notice.png. */
  image: z.string({ error: IMAGE_PATH }).regex(/^\/[\w./-]+\.(?:png|jpe?g|webp|avif|svg)$/, { error: IMAGE_PATH }),
  /** What the image shows, for readers who cannot see it. Required. */
  alt: proseSchema('alt text describing the image (required)', 300),
  /** Who made or owns the image. */
  credit: proseSchema('the image credit, such as "Microsoft"', 120),
});
