/** The story's chapter titles, placed for the real width (widgets' compact band shows none). */
import { percentOf } from '../../lib/graphic/dayScale.ts';
import { placeBandLabels } from '../../lib/graphic/graphicLabels.ts';
import type { LabelState } from './graphicLabels.ts';
import type { GraphicParts } from './graphicParts.ts';
import { write } from './keyedJoin.ts';

/** Chapter titles: the active chapter's first, the others where they fit. Bands use a bare data-active. */
export function drawBandLabels(parts: GraphicParts, state: LabelState): void {
  const { domain, width, activeChapter } = state;
  const titles = parts.bandTitles;
  const bands = parts.bands.map((b) => ({ id: b.id, title: titles.get(b.id)?.textContent ?? '', span: b.span }));
  const measure = (title: string) => state.measure.width('band', title, 700);
  const space = { width, rows: 1, active: activeChapter ?? undefined, measure };
  const placed = new Map(placeBandLabels(bands, domain, space).map((p) => [p.id, p]));
  // Written only when they change, so a step change inside a chapter costs these no style work.
  for (const [id, el] of titles) {
    const spot = placed.get(id);
    write(el, 'visibility', spot ? 'visible' : 'hidden');
    if (spot) write(el, 'x', percentOf(spot.x, width));
    write(el, 'data-active', id === activeChapter ? '' : null);
  }
  for (const band of parts.bands) write(band.el, 'data-active', band.id === activeChapter ? '' : null);
}
