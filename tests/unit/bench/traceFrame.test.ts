import { describe, expect, it } from 'vitest';
import { frameCost } from '../../../scripts/bench/traceFrame.ts';

/** A trace slice on the page's main thread (1:2) unless told; times in microseconds, as traces give them. */
const slice = (name: string, ts: number, tdur: number, extra: Record<string, unknown> = {}) => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 2,
  ts,
  dur: tdur + 500,
  tdur,
  ...extra,
});

const thread = (tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid: 1, tid, ts: 0, args: { name } });

describe('frameCost', () => {
  it('splits the main thread time from a click to its frame’s commit by category, each slice counted once', () => {
    const trace = {
      traceEvents: [
        thread(2, 'CrRendererMain'),
        thread(3, 'Compositor'),
        slice('Layout', 500, 9_000), // before the input: not its frame
        slice('EventDispatch', 10_000, 12_000, { args: { data: { type: 'click' } } }),
        slice('FunctionCall', 10_100, 10_000),
        slice('Document::recalcStyle', 30_000, 3_000),
        slice('LocalFrameView::performLayout', 34_000, 6_000),
        slice('InlineNode::ShapeTextIncludingFirstLine', 34_100, 2_000),
        slice('Paint', 41_000, 4_000),
        slice('Paint', 41_000, 4_000, { tid: 3 }), // another thread
        slice('Commit', 46_000, 1_000),
        slice('Layout', 60_000, 9_000), // the frame after
      ],
    };
    const cost = frameCost(trace)!;
    expect(cost.script).toBeCloseTo(12);
    expect(cost.style).toBeCloseTo(3);
    expect(cost.layout).toBeCloseTo(6);
    expect(cost.paint).toBeCloseTo(5);
    expect(cost.wallMs).toBeCloseTo(37.5);
  });

  it('has nothing to say about a trace without an input', () => {
    expect(frameCost({ traceEvents: [thread(2, 'CrRendererMain'), slice('Commit', 0, 1)] })).toBeNull();
  });
});
