/**
 * Runs `before` as the page is about to print and `after` once it has: on beforeprint and afterprint,
 * and on a change of the print media query, which some browsers (and print emulation) signal without
 * the events. Each runs once per printing, whichever signal comes first. Returns the teardown.
 */
export function watchPrinting(before: () => void, after: () => void): () => void {
  const media = matchMedia('print');
  let printing = false;
  const start = () => {
    if (printing) return;
    printing = true;
    before();
  };
  const end = () => {
    if (!printing) return;
    printing = false;
    after();
  };
  const onMedia = () => (media.matches ? start() : end());
  addEventListener('beforeprint', start);
  addEventListener('afterprint', end);
  media.addEventListener('change', onMedia);
  return () => {
    removeEventListener('beforeprint', start);
    removeEventListener('afterprint', end);
    media.removeEventListener('change', onMedia);
  };
}
