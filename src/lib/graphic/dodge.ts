/**
 * Spreads points on a line so that no two are closer than `gap`, moving each as little as possible
 * and keeping their order: the classic cluster-merge algorithm. Marks in one lane of the graphic
 * use it so that every mark stays a separate 24 px target (WCAG 2.5.8) however close their dates.
 */
export function dodge(xs: readonly number[], gap: number, bounds: readonly [number, number]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const clusters: { start: number; size: number; sum: number }[] = [];
  for (const { x } of order) {
    clusters.push({ start: x, size: 1, sum: x });
    mergeBackwards(clusters, gap);
  }
  const out = new Array<number>(xs.length);
  let k = 0;
  for (const c of clusters) {
    for (let j = 0; j < c.size; j++) out[order[k++].i] = c.start + j * gap;
  }
  return clampRun(out, order, gap, bounds);
}

/** Merges the last cluster into the one before while they overlap, re-centring on their mean. */
function mergeBackwards(clusters: { start: number; size: number; sum: number }[], gap: number): void {
  while (clusters.length > 1) {
    const last = clusters[clusters.length - 1];
    const prev = clusters[clusters.length - 2];
    if (prev.start + prev.size * gap <= last.start) return;
    const size = prev.size + last.size;
    const sum = prev.sum + last.sum;
    // Centre the merged run on the mean of the members' wanted positions (offsets 0..size-1).
    clusters.splice(-2, 2, { start: sum / size - ((size - 1) * gap) / 2, size, sum });
  }
}

/** Pushes the run inside the bounds from both ends without breaking the gap where the room allows. */
function clampRun(
  out: number[],
  order: readonly { i: number }[],
  gap: number,
  [lo, hi]: readonly [number, number],
): number[] {
  let floor = lo;
  for (const { i } of order) {
    out[i] = Math.max(out[i], floor);
    floor = out[i] + gap;
  }
  let ceiling = hi;
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k].i;
    out[i] = Math.min(out[i], ceiling);
    ceiling = out[i] - gap;
  }
  return out;
}
