/** A step's vertical extent on screen, in CSS pixels (from getBoundingClientRect). */
export interface StepBox {
  top: number;
  bottom: number;
}

/**
 * The active step, from geometry alone: the last step whose top has crossed the reading line, or
 * -1 before the first. Once the page cannot scroll further, the last step counts as reached even
 * if it is too short to cross the line. Because it is a pure function of where the steps are now,
 * it gives the same answer after a reload, a jump to #id, a fling, a resize or a zoom.
 */
export function activeStepIndex(boxes: readonly StepBox[], line: number, atEnd = false): number {
  if (boxes.length === 0) return -1;
  if (atEnd) return boxes.length - 1;
  // Steps are in page order, so their tops ascend: a binary search finds the last one at or above the line.
  let low = 0;
  let high = boxes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (boxes[mid].top <= line) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

/** How far through the steps the reader is (0–1): finished steps plus the part of the active one read. */
export function storyProgress(boxes: readonly StepBox[], line: number, index: number): number {
  if (boxes.length === 0 || index < 0) return 0;
  const box = boxes[index];
  const next = boxes[index + 1]?.top ?? box.bottom;
  const within = next > box.top ? Math.min(1, Math.max(0, (line - box.top) / (next - box.top))) : 1;
  return Math.min(1, (index + within) / boxes.length);
}
