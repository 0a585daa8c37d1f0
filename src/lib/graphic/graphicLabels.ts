import { EVENT_LABELS, type LabelRequest, placeLabels, type PlacedLabel } from './labelPlacement.ts';
import { dayScale } from './dayScale.ts';
import type { Domain } from './timeWindow.ts';

/** What a label needs to know about an event's mark. */
interface LabelledMark {
  id: string;
  day: number;
  label: string;
  importance: number;
}

/** A rough text width for build time, where nothing can be measured: 12 px sans averages 6.6 px a character. */
export const estimateWidth = (text: string): number => text.length * 6.6;

/**
 * Labels for the graphic's events: the active one first, then every key event (importance 3) inside
 * the window, placed in `rows` rows of a graphic `width` pixels wide without any two overlapping.
 */
export function placeEventLabels(
  marks: readonly LabelledMark[],
  domain: Domain,
  { width, rows, active, measure = estimateWidth }: LabelSpace,
): PlacedLabel[] {
  const { px } = dayScale(domain, [0, width]);
  const requests: LabelRequest[] = marks
    .filter((m) => (m.id === active || m.importance === 3) && m.day >= domain[0] && m.day <= domain[1])
    .map((m) => ({ id: m.id, x: px(m.day), width: measure(m.label), priority: m.id === active ? 1 : 0 }));
  return placeLabels(requests, { rows, width, ...EVENT_LABELS });
}

/** Chapter titles centred on their bands, the active chapter first, in one row. */
export function placeBandLabels(
  bands: readonly { id: string; title: string; span: Domain }[],
  domain: Domain,
  { width, active, measure = estimateWidth }: LabelSpace,
): PlacedLabel[] {
  const { px } = dayScale(domain, [0, width]);
  const requests = bands.map((b) => ({
    id: b.id,
    x: px((Math.max(b.span[0], domain[0]) + Math.min(b.span[1], domain[1])) / 2),
    width: measure(b.title) * 0.95,
    priority: b.id === active ? 1 : 0,
  }));
  return placeLabels(requests, { rows: 1, width, gap: 16, anchors: ['middle'] });
}

/** The room labels have, the active event or chapter, and how to measure a label's text. */
export interface LabelSpace {
  width: number;
  rows: number;
  active?: string;
  measure?: (text: string) => number;
}
