/**
 * Where the reading line is, in viewport pixels from the top. On a desktop the graphic sits beside
 * the text and the line is at 40% of the window; on a phone the graphic is a band pinned at the top,
 * so the line is a third of the way down the space left beneath it. Whether the layout is compact is
 * read from the CSS (--tl-compact), so the breakpoint is defined once, in timeline.css; it is read only
 * when the window's width changes, because getComputedStyle on every scroll frame forced a style
 * recalculation per frame (the largest cost of scrolling on a slow phone).
 */
export function readingLineOf(panel: HTMLElement, figure: Element): () => number {
  let width = -1;
  let compact = false;
  return () => {
    if (window.innerWidth !== width) {
      width = window.innerWidth;
      compact = getComputedStyle(figure).getPropertyValue('--tl-compact').trim() === '1';
    }
    const height = window.innerHeight;
    if (!compact) return Math.round(height * 0.4);
    const band = panel.offsetHeight;
    return Math.round(band + (height - band) * 0.3);
  };
}
