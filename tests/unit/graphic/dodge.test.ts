import { describe, expect, it } from 'vitest';
import { dodge } from '../../../src/lib/graphic/dodge.ts';

const open: [number, number] = [-Infinity, Infinity];

describe('dodge', () => {
  it('leaves points that are already far enough apart where they are', () => {
    expect(dodge([0, 30, 100], 25, open)).toEqual([0, 30, 100]);
  });

  it('spreads coincident points symmetrically around their shared position', () => {
    expect(dodge([100, 100, 100], 25, open)).toEqual([75, 100, 125]);
  });

  it('keeps every pair at least the gap apart and keeps their order, for any input', () => {
    for (let n = 2; n < 40; n++) {
      const xs = Array.from({ length: n }, (_, i) => (i * 37) % 90);
      const out = dodge(xs, 24, open);
      const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
      for (let k = 1; k < order.length; k++)
        expect(out[order[k].i] - out[order[k - 1].i]).toBeGreaterThanOrEqual(24 - 1e-9);
    }
  });

  it('returns positions in the order of its input', () => {
    expect(dodge([200, 0], 25, open)).toEqual([200, 0]);
  });

  it('pushes a run back inside the bounds when there is room', () => {
    expect(dodge([0, 0], 20, [0, 100])).toEqual([0, 20]);
    expect(dodge([100, 100], 20, [0, 100])).toEqual([80, 100]);
  });
});
