import { type Domain, toStoryDay } from '../graphic/timeWindow.ts';

/**
 * The story days a widget's from/to cover, from the first instant of `from` to the end of `to`
 * (an open end takes the story's own), or null when neither is given.
 */
export function windowDays(range: { from?: string; to?: string }, origin: string, full: Domain): Domain | null {
  if (!range.from && !range.to) return null;
  const start = new Date(`${origin}T00:00:00Z`);
  const day = (iso: string) => toStoryDay(new Date(`${iso}T00:00:00Z`), start);
  return [range.from ? day(range.from) : full[0], range.to ? day(range.to) + 1 : full[1]];
}

/** Whether an event drawn at story day `day` belongs in the window: what the graphic shows is what the list shows. */
export function inWindow(day: number, window: Domain): boolean {
  return day >= window[0] && day < window[1];
}

/** The window the graphic zooms to: the asked-for days with a little room either side, so edge marks stay whole. */
export function zoomDomain(window: Domain): Domain {
  const pad = Math.max(0.5, (window[1] - window[0]) * 0.04);
  return [window[0] - pad, window[1] + pad];
}
