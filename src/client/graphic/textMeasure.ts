/**
 * Widths of the graphic's label text, measured on a canvas in the labels' own fonts. The SVG's own
 * getComputedTextLength forces the page to lay out, and it ran on every change of step: on a slow
 * phone that was the largest single cost of scrolling. Fonts are read from sample elements when the
 * graphic is resized; a draw measures a few dozen labels at most, each in microseconds, so nothing
 * is cached (and a web font that arrives late is measured as it is).
 */
let context: CanvasRenderingContext2D | null | undefined;

/** The font (size and family) an element's text is set in: read on resize, never in a draw. */
export function fontOf(sample: Element): string {
  const { fontSize, fontFamily } = getComputedStyle(sample);
  return `${fontSize} ${fontFamily}`;
}

/** The rendered width of `text` in `font` (from fontOf) at a weight; 0 before the font is read. */
export function textWidth(font: string, text: string, weight: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!font || !context) return 0;
  context.font = `${weight} ${font}`;
  return context.measureText(text).width;
}
