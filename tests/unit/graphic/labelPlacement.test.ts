import { describe, expect, it } from 'vitest';
import { type LabelRequest, PAD, placeLabels, type PlacedLabel } from '../../../src/lib/graphic/labelPlacement.ts';
import { crowdedPairs } from '../support/labelGaps.ts';

/** A small deterministic random generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

function noRuleCrossed(placed: PlacedLabel[], gap: number): boolean {
  return placed.every((a) =>
    placed.every((b) => a === b || b.x < a.left - gap / 2 || b.x > a.right + gap / 2 || a.row === b.row),
  );
}

describe('placeLabels', () => {
  it('never returns two labels that overlap, whatever the input', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = random(seed);
      const width = 200 + rnd() * 800;
      const requests: LabelRequest[] = Array.from({ length: 2 + Math.floor(rnd() * 40) }, (_, i) => ({
        id: `e${i}`,
        x: rnd() * width,
        width: 20 + rnd() * 220,
        priority: rnd() < 0.1 ? 1 : 0,
      }));
      const space = { rows: 1 + Math.floor(rnd() * 3), width, gap: 12 };
      const placed = placeLabels(requests, space);
      for (const a of placed) {
        expect(a.left).toBeGreaterThanOrEqual(0);
        expect(a.right).toBeLessThanOrEqual(width);
        expect(a.row).toBeLessThan(space.rows);
        expect(a.right - a.left).toBeCloseTo(requests.find((r) => r.id === a.id)!.width, 6);
      }
      // Apart by at least the gap asked for, which is stronger than not overlapping.
      expect(crowdedPairs(placed, space.gap), `seed ${seed}`).toEqual([]);
      expect(noRuleCrossed(placed, space.gap), `seed ${seed}`).toBe(true);
    }
  });

  it('places the most important label first, even when a less important one comes earlier', () => {
    const placed = placeLabels(
      [
        { id: 'minor', x: 100, width: 150, priority: 0 },
        { id: 'active', x: 110, width: 150, priority: 1 },
      ],
      { rows: 1, width: 400, gap: 10 },
    );
    expect(placed.map((p) => p.id)).toEqual(['active']);
  });

  it('moves a label to a second row when the first is taken and the rules stay clear', () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 10, width: 300, priority: 0 },
        { id: 'b', x: 350, width: 200, priority: 0 },
      ],
      { rows: 2, width: 400, gap: 10 },
    );
    expect(placed.map((p) => [p.id, p.row, p.anchor])).toEqual([
      ['a', 0, 'start'],
      ['b', 1, 'end'],
    ]);
  });

  it("drops a label that would sit across another label's rule, in any row", () => {
    const placed = placeLabels(
      [
        { id: 'a', x: 100, width: 120, priority: 1 },
        { id: 'b', x: 140, width: 120, priority: 0 },
      ],
      { rows: 3, width: 400, gap: 10, anchors: ['start'] },
    );
    expect(placed.map((p) => p.id)).toEqual(['a']);
  });

  it('flips a label to end at its point near the right edge', () => {
    const [label] = placeLabels([{ id: 'a', x: 390, width: 100, priority: 0 }], { rows: 1, width: 400, gap: 10 });
    expect(label.anchor).toBe('end');
    expect(label.right).toBe(390 - PAD);
  });

  it('leaves out a label wider than the graphic rather than letting it spill over', () => {
    expect(placeLabels([{ id: 'a', x: 50, width: 500, priority: 1 }], { rows: 2, width: 400, gap: 10 })).toEqual([]);
  });
});
