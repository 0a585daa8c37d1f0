/**
 * Calls `printing(true)` as the page is about to print and `printing(false)` once it has: on beforeprint
 * and afterprint, and on a change of the print media query, which some browsers (and print emulation)
 * signal without the events. Each runs once per printing, whichever signal comes first. Used by the
 * story (the whole timeline on paper) and the table (every row of the view). Returns the teardown.
 */
export function followPrint(printing: (on: boolean) => void): () => void {
  const media = matchMedia('print');
  let on = false;
  const set = (next: boolean) => {
    if (next === on) return;
    on = next;
    printing(on);
  };
  const before = () => set(true);
  const after = () => set(false);
  const onMedia = () => set(media.matches);
  addEventListener('beforeprint', before);
  addEventListener('afterprint', after);
  media.addEventListener('change', onMedia);
  return () => {
    removeEventListener('beforeprint', before);
    removeEventListener('afterprint', after);
    media.removeEventListener('change', onMedia);
  };
}
