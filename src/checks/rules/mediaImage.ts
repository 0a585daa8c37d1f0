import type { EventCheck } from '../checkTypes.ts';
import { fieldProblem } from '../contentProblem.ts';

/** An event's image, a path under public/, must exist there. */
export const mediaImage: EventCheck = ({ source, fields: { image } }, { publicFileExists }) =>
  image?.startsWith('/') && !publicFileExists(image)
    ? [fieldProblem(source, 'media.image', image, `an image that exists at public${image}`)]
    : [];
