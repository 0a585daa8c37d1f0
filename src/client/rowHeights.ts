/**
 * The height each row of the events table had when last drawn, so that a change draws in its own frame
 * only the rows that fill the screen: most rows are taller than the least a row can be, and each row drawn
 * costs that frame its style, layout and paint. A row not drawn yet counts as the least height.
 */
import type { TableRow } from './tableRows.ts';

/** Heights by row, in CSS pixels. */
export interface RowHeights {
  /** Remembers the heights of `rows`; read them while the layout is clean (at the start of a frame). */
  measure: (rows: readonly TableRow[]) => void;
  /** How many of `rows`, from the first, it takes to fill `space` pixels. */
  fitting: (rows: readonly TableRow[], space: number) => number;
  /** Forgets every height, as a change of the table's width makes them wrong. */
  clear: () => void;
}

/** A memory of the heights of `count` rows (by their order), each at least `least` pixels. */
export function rowHeights(count: number, least: number): RowHeights {
  const heights = new Float32Array(count);
  return {
    measure: (rows) => {
      for (const row of rows) heights[row.order] = row.element.getBoundingClientRect().height;
    },
    fitting: (rows, space) => {
      let n = 0;
      for (let left = space; n < rows.length && left > 0; n++) left -= Math.max(least, heights[rows[n].order]);
      return Math.max(1, n);
    },
    clear: () => heights.fill(0),
  };
}
