import { describe, expect, it } from 'vitest';
import type { SpanNode } from '../../../src/client/graphic/graphicParts.ts';
import { movingSpans } from '../../../src/client/graphic/movingMarks.ts';

/** A span shape over these story days; its element is never touched by the choice. */
const span = (id: string, a: number, b: number): SpanNode => ({ el: null as never, id, span: [a, b] });

// A 400 px graphic moving from days 0–100 to days 100–200: 4 px a day before, then 4 px a day after.
const from: [number, number] = [0, 100];
const to: [number, number] = [100, 200];
const ids = (spans: SpanNode[], a = from, b = to) => [...movingSpans(spans, a, b, 400)].map((s) => s.id);

describe('movingSpans', () => {
  it('leaves out a span beyond the same edge before and after the move, which stays out of sight all the way', () => {
    expect(ids([span('long before', -80, -40), span('long after', 400, 450)])).toEqual([]);
  });

  it('keeps a span in view at the end, or at the start, or wider than the graphic', () => {
    const spans = [span('end', 120, 150), span('start', 10, 30), span('wide', -50, 300)];
    expect(ids(spans)).toEqual(['end', 'start', 'wide']);
  });

  it('keeps a span the graphic passes over: beyond one edge before the move and the other after it', () => {
    // From days 1,000–1,100 back to 0–100: days 500–510 start 2,000 px to the left and end 2,000 px to the right.
    expect(ids([span('passed', 500, 510), span('before both', -300, -200)], [1000, 1100], [0, 100])).toEqual([
      'passed',
    ]);
  });

  it("counts a span's 24 px margin as in view, as a mark's target is", () => {
    // Days 95–99 end at 396 px before the move, and at -4 px after it: within the margin, so it is kept.
    expect(ids([span('edge', 95, 99)])).toEqual(['edge']);
    // Days 80–90 end at -40 px after the move, and are in view before it.
    expect(ids([span('leaving', 80, 90)])).toEqual(['leaving']);
  });
});
