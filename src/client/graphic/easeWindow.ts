/** The story's eased move between chapter windows, on d3-timer and d3-ease; widgets, which never move, do without it. */
import { easeCubicInOut } from 'd3-ease';
import { timer } from 'd3-timer';

const DURATION = 700;

/** Calls `step` each frame with the eased progress (0–1] for 700 ms; the timer stops itself at 1 (or on the returned stop). */
export function easeWindow(step: (k: number) => void): () => void {
  const t = timer((elapsed) => {
    const k = Math.min(1, elapsed / DURATION);
    if (k === 1) t.stop();
    step(easeCubicInOut(k));
  });
  return () => t.stop();
}
