/**
 * Reads a Chromium trace (devtools.timeline categories) for the frame one reader input causes: from
 * the input's EventDispatch to the end of the next Commit on the page's main thread, the main thread's
 * own time split into script, style, layout, paint and other. Thread time (tdur) is used, not wall
 * time, so other processes on a busy machine inflate it less.
 */

/** The trace categories `frameCost` needs. */
export const FRAME_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
];

/** Where the main thread's time went between an input and its frame, in ms. */
export interface FrameCost {
  script: number;
  style: number;
  layout: number;
  paint: number;
  other: number;
  /** Wall time from the input's dispatch to the end of that frame's commit. */
  wallMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

type Category = Exclude<keyof FrameCost, 'wallMs'>;

/** Blink's trace event names, grouped as DevTools' Performance panel groups them. */
function categoryOf(name: string): Category | null {
  if (/RunTask/.test(name)) return null; // a task wraps the rest; its own time is scheduling
  if (/FunctionCall|EventDispatch|v8|V8|Microtask|TimerFire|EvaluateScript|HitTest|EventHandler/.test(name))
    return 'script';
  if (/recalcStyle|UpdateLayoutTree|rebuildLayoutTree|Style/.test(name)) return 'style';
  if (/Layout|layout|Shape|Intersection/.test(name)) return 'layout';
  if (/Paint|Commit|Layer|Composit|CullRect|Raster/.test(name)) return 'paint';
  return 'other';
}

/** The cost of the frame after the first click or input event of the trace, or null if it has none. */
export function frameCost(trace: { traceEvents: TraceEvent[] }): FrameCost | null {
  const events = trace.traceEvents;
  const main = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const slices = events
    .filter((e) => e.ph === 'X' && (e.dur ?? 0) > 0 && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const input = slices.find((e) => e.name === 'EventDispatch' && ['click', 'input'].includes(e.args?.data?.type ?? ''));
  if (!input) return null;
  const commit = slices.find((e) => e.name === 'Commit' && e.ts >= input.ts + input.dur!);
  if (!commit) return null;
  const inFrame = slices.filter((e) => e.ts >= input.ts && e.ts + e.dur! <= commit.ts + commit.dur!);
  // Self time: each slice's thread time less that of the slices nested in it.
  const children = new Map<TraceEvent, number>();
  const open: TraceEvent[] = [];
  for (const e of inFrame) {
    while (open.length && open.at(-1)!.ts + open.at(-1)!.dur! <= e.ts) open.pop();
    const parent = open.at(-1);
    if (parent) children.set(parent, (children.get(parent) ?? 0) + (e.tdur ?? 0));
    open.push(e);
  }
  const cost: FrameCost = { script: 0, style: 0, layout: 0, paint: 0, other: 0, wallMs: 0 };
  for (const e of inFrame) {
    const category = categoryOf(e.name);
    if (category) cost[category] += Math.max(0, (e.tdur ?? 0) - (children.get(e) ?? 0)) / 1000;
  }
  cost.wallMs = (commit.ts + commit.dur! - input.ts) / 1000;
  return cost;
}
