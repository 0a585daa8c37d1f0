import type { EventCheck } from '../checkTypes.ts';
import { fieldProblem } from '../contentProblem.ts';
import { lineAt } from '../textPosition.ts';

/** Every <Figure> in a body describes its image in alt="…", for readers who cannot see it. */
export const figureAlt: EventCheck = ({ source }) =>
  ((source.body ?? '').match(/<Figure\b[^>]*>/g) ?? [])
    .filter((figure) => !/\balt=["'][^"']*\S[^"']*["']/.test(figure))
    .map((figure) =>
      fieldProblem(
        source,
        'body',
        figure,
        'alt="…" describing the image, for readers who cannot see it',
        lineAt(source.text, figure),
      ),
    );
