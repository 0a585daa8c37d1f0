/** What a placed label occupies, as the placement reports it. */
interface Extent {
  id: string;
  row: number;
  left: number;
  right: number;
}

/**
 * The pairs of labels in one row that come closer than `gap` (touching or overlapping included), worked
 * out from the extents alone: sort each row by its left edges and compare neighbours. Written for the
 * tests, independently of the placement's own collision check.
 */
export function crowdedPairs(placed: readonly Extent[], gap = 0): string[] {
  const rows = Map.groupBy(placed, (p) => p.row);
  const crowded: string[] = [];
  for (const row of rows.values()) {
    const sorted = [...row].sort((a, b) => a.left - b.left);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i].left - sorted[i - 1].right < Math.max(gap, Number.MIN_VALUE))
        crowded.push(`${sorted[i - 1].id}/${sorted[i].id}`);
  }
  return crowded;
}
