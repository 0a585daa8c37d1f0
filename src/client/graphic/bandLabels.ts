/** The story's chapter titles, placed for the real width (widgets' compact band shows none). */
import { percentOf } from '../../lib/graphic/dayScale.ts';
import { placeBandLabels } from '../../lib/graphic/graphicLabels.ts';
import type { Domain } from '../../lib/graphic/timeWindow.ts';
import type { SpanNode } from './graphicParts.ts';
import { write } from './keyedJoin.ts';
import { fontOf, textWidth } from './textMeasure.ts';

/** The chapter titles, by band id, and their font, case and letter-spacing (read on resize). */
export interface BandTitles {
  titles: Map<string, SVGTextElement>;
  font: string;
  upper: boolean;
  spacing: number;
}

/** Reads the titles once, and their case and spacing (set in timeline.css) when the graphic is resized. */
export function readBandTitles(svg: SVGSVGElement): BandTitles {
  const titles = [...svg.querySelectorAll<SVGTextElement>('[data-band-label]')];
  return { titles: new Map(titles.map((el) => [el.dataset.bandLabel ?? '', el])), font: '', upper: false, spacing: 0 };
}

/** Reads the titles' font, case and letter-spacing from the first of them. */
export function useBandFont(band: BandTitles): void {
  const sample = band.titles.values().next().value;
  if (!sample) return;
  band.font = fontOf(sample);
  const style = getComputedStyle(sample);
  band.upper = style.textTransform === 'uppercase';
  band.spacing = parseFloat(style.letterSpacing) || 0;
}

/** What the titles are placed in: the window and the width. */
interface BandSpace {
  readonly domain: Domain;
  readonly width: number;
}

/** Chapter titles: the active chapter's first, the others where they fit. Bands use a bare data-active. */
export function drawBandLabels(
  bands: readonly SpanNode[],
  band: BandTitles,
  { domain, width }: BandSpace,
  activeChapter: string | null,
): void {
  const { titles, font, upper, spacing } = band;
  const named = bands.map((b) => ({ id: b.id, title: titles.get(b.id)?.textContent ?? '', span: b.span }));
  const widthOf = (title: string) => textWidth(font, upper ? title.toUpperCase() : title, 700) + spacing * title.length;
  const space = { width, rows: 1, active: activeChapter ?? undefined, measure: widthOf };
  const placed = new Map(placeBandLabels(named, domain, space).map((p) => [p.id, p]));
  // Written only when they change, so a step change inside a chapter costs these no style work.
  for (const [id, el] of titles) {
    const spot = placed.get(id);
    write(el, 'visibility', spot ? 'visible' : 'hidden');
    if (spot) write(el, 'x', percentOf(spot.x, width));
    write(el, 'data-active', id === activeChapter ? '' : null);
  }
  for (const b of bands) write(b.el, 'data-active', b.id === activeChapter ? '' : null);
}
