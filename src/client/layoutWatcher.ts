/**
 * Tells the story when to measure and when to update. `measure` (reads only) runs when the
 * geometry of the page may have changed: resizing, browser zoom, a phone's address bar showing or
 * hiding (visualViewport), the page finishing loading, web fonts arriving, or one of `boxes`
 * changing size (observed, so it runs right after the layout that moved them). `update` runs at
 * most once per frame after any of those and while the page scrolls, with the scroll position, and
 * must read no layout: even window.scrollY would force the layout that the graphic's own animation
 * frame has just invalidated, so it is read in the scroll event, before any script has written.
 * Returns a teardown.
 */
export function watchLayout(
  boxes: readonly Element[],
  measure: () => void,
  update: (scrollY: number) => void,
): () => void {
  let frame = 0;
  let remeasure = false;
  let y = window.scrollY;
  const run = () => {
    frame = 0;
    if (remeasure) {
      measure();
      y = window.scrollY;
    }
    remeasure = false;
    update(y);
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(run);
  };
  const scrolled = () => {
    y = window.scrollY;
    schedule();
  };
  const layoutChanged = () => {
    remeasure = true;
    schedule();
  };
  const sources: [EventTarget | undefined | null, string, () => void][] = [
    [window, 'scroll', scrolled],
    [window.visualViewport, 'scroll', scrolled],
    [window, 'resize', layoutChanged],
    [window, 'load', layoutChanged],
    [window, 'pageshow', layoutChanged],
    [window.visualViewport, 'resize', layoutChanged],
    [document.fonts, 'loadingdone', layoutChanged],
  ];
  for (const [target, type, handler] of sources) target?.addEventListener(type, handler, { passive: true });
  // Layout is fresh inside a ResizeObserver callback, so measuring there forces nothing; the writes
  // wait for the next frame, so that they can never resize an observed box within this one.
  const observer = new ResizeObserver(() => {
    measure();
    y = window.scrollY;
    remeasure = false;
    schedule();
  });
  for (const box of boxes) observer.observe(box);
  layoutChanged();
  return () => {
    cancelAnimationFrame(frame);
    for (const [target, type, handler] of sources) target?.removeEventListener(type, handler);
    observer.disconnect();
  };
}
