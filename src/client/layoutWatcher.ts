/**
 * Calls `onChange` at most once per frame whenever the geometry of the page may have changed:
 * scrolling, resizing, browser zoom, a phone's address bar showing or hiding (visualViewport),
 * the page finishing loading, web fonts arriving, or the steps changing size. Returns a teardown.
 */
export function watchLayout(steps: Element, onChange: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(() => ((frame = 0), onChange()));
  };
  const sources: [EventTarget | undefined | null, string][] = [
    [window, 'scroll'],
    [window, 'resize'],
    [window, 'load'],
    [window, 'pageshow'],
    [window.visualViewport, 'resize'],
    [window.visualViewport, 'scroll'],
    [document.fonts, 'loadingdone'],
  ];
  for (const [target, type] of sources) target?.addEventListener(type, schedule, { passive: true });
  const observer = new ResizeObserver(schedule);
  observer.observe(steps);
  schedule();
  return () => {
    cancelAnimationFrame(frame);
    for (const [target, type] of sources) target?.removeEventListener(type, schedule);
    observer.disconnect();
  };
}
