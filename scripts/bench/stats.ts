/** The median of several runs and how far apart the runs were. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, minimum and maximum of a set of measurements. */
export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1)!, runs: values.length };
}

/** "1,234 (1,100–1,400)": the median, then the spread of the runs. */
export function show(summary: Summary, digits = 0, unit = ''): string {
  const f = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return summary.min === summary.max
    ? `${f(summary.median)}${unit}`
    : `${f(summary.median)}${unit} (${f(summary.min)}–${f(summary.max)})`;
}
