/**
 * Reads a Chromium trace (browser.startTracing) and finds the main thread's long tasks, with the
 * time inside them split by what the browser was doing (script, style, layout, paint…) and by who
 * caused it (the script function, or the script that forced a layout), so a regression can be
 * traced to its source from the benchmark's report alone.
 *
 * Times are the main thread's own (the trace's thread time, `tdur`), not wall time: on this project's
 * shared 2-core machines a task's wall time also holds what the hypervisor and other processes took
 * (a loop of 43 ms of thread time took 68 ms of wall time on a quiet machine), which a reader's phone
 * does not lose. The CPU slowdown is in thread time (that loop: 173 ms at 4×), so a long task is one
 * the page's work makes long at 4× CPU.
 */

/** One trace event, as Chromium writes it (only the fields read here). */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: the CPU time the thread spent inside the event (X events). */
  tdur?: number;
  /** Thread clock at the event (B and E events), from which their thread time is worked out. */
  tts?: number;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    data?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number; stackTrace?: Frame[] };
    beginData?: { stackTrace?: Frame[] };
  };
}

interface Frame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
  columnNumber?: number;
}

/** What a slice of main-thread time was spent on. */
export type Kind = 'script' | 'gc' | 'style' | 'layout' | 'paint' | 'parse' | 'other';

/** A task on the main thread: its start and length (ms), and its thread time by kind and by cause. */
export interface MainTask {
  startMs: number;
  /** Wall time, start to end. */
  durMs: number;
  /** Thread time: what the task cost the main thread (the wall time where the trace has no thread clock). */
  cpuMs: number;
  byKind: Record<Kind, number>;
  /** Self time (ms) per cause, e.g. "script: update (…/Story.js:1:2345)" or "layout (frame)". */
  byCause: Map<string, number>;
  /** Names of the User Timing measures that ended inside the task. */
  measures: string[];
}

const KINDS: Record<string, Kind> = {
  FunctionCall: 'script',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  'v8.run': 'script',
  // Blink calling into script (a custom element's callbacks, a listener): its self time is the script's.
  'v8.callFunction': 'script',
  'v8.newInstance': 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  MajorGC: 'gc',
  MinorGC: 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCFinalizeMC': 'gc',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  'IntersectionObserverController::computeIntersections': 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  Commit: 'paint',
  'Decode Image': 'paint',
  ParseHTML: 'parse',
};

const TASK = 'RunTask';

/** An event's thread time in µs, or its wall time where the trace gives no thread time. */
const threadTime = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
const ZERO = (): Record<Kind, number> => ({ script: 0, gc: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0 });

/** "name (url:line:col)" for a script frame, with the URL shortened to its file name. */
function where(frame: Frame | undefined): string {
  if (!frame) return '';
  const file = (frame.url ?? '').split('/').pop() || '(inline)';
  // Chromium gives 1-based lines and 0-based columns; both are shown 1-based, as editors count.
  const at = `${file}:${frame.lineNumber ?? 0}:${(frame.columnNumber ?? 0) + 1}`;
  return `${frame.functionName || '(anonymous)'} ${at}`;
}

/** The busiest renderer main thread that ran the site's own code (Chromium's own pages run in others). */
function mainThread(events: TraceEvent[], origin: string): { pid: number; tid: number } | null {
  const ours = new Set(
    events
      .filter((e) =>
        (e.args?.data?.url ?? (e.args?.beginData as { url?: string } | undefined)?.url ?? '').startsWith(origin),
      )
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const mains = events.filter(
    (e) =>
      e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && ours.has(`${e.pid}:${e.tid}`),
  );
  let best: { pid: number; tid: number } | null = null;
  let most = -1;
  for (const m of mains) {
    const busy = events.reduce(
      (sum, e) => (e.pid === m.pid && e.tid === m.tid && e.name === TASK ? sum + (e.dur ?? 0) : sum),
      0,
    );
    if (busy > most) [best, most] = [{ pid: m.pid, tid: m.tid }, busy];
  }
  return best;
}

/** Complete slices (ts, dur) of one thread, from X events and from B/E pairs. */
function slices(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.ph === 'X') out.push(e);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin)
        out.push({
          ...begin,
          ph: 'X',
          dur: e.ts - begin.ts,
          ...(begin.tts !== undefined && e.tts !== undefined ? { tdur: e.tts - begin.tts } : {}),
        });
    } else if (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b' || e.ph === 'e') out.push({ ...e, dur: 0 });
  }
  return out.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
}

/** Every top-level task of the main thread showing `origin`, each with its time split by kind and cause. */
export function mainThreadTasks(traceJson: string, origin: string): MainTask[] {
  const parsed = JSON.parse(traceJson) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const all = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = mainThread(all, origin);
  if (!main) return [];
  const mine = slices(all.filter((e) => e.pid === main.pid && e.tid === main.tid));
  // User Timing measures are async events on their own track of the same process.
  const measureEnds = all
    .filter((e) => e.pid === main.pid && (e.ph === 'e' || e.ph === 'E') && e.name.startsWith('timeline:'))
    .map((e) => ({ name: e.name, ts: e.ts }));
  const tasks: MainTask[] = [];
  let stack: { e: TraceEvent; end: number; child: number; cause: string }[] = [];
  let task: MainTask | null = null;
  const close = (until: number) => {
    while (stack.length && stack.at(-1)!.end <= until) {
      const top = stack.pop()!;
      const self = Math.max(0, threadTime(top.e) - top.child) / 1000;
      const kind = KINDS[top.e.name] ?? 'other';
      if (task && self > 0) {
        task.byKind[kind] += self;
        const cause =
          kind === 'script'
            ? `script: ${top.cause || top.e.name}`
            : `${kind}: ${top.e.name}${top.cause && kind !== 'other' ? ` ← ${top.cause}` : ''}`;
        task.byCause.set(cause, (task.byCause.get(cause) ?? 0) + self);
      }
      if (stack.length) stack.at(-1)!.child += threadTime(top.e);
    }
  };
  for (const e of mine) {
    if (!e.dur && e.name !== TASK) continue;
    close(e.ts);
    if (stack.length === 0) {
      if (e.name !== TASK) continue;
      task = {
        startMs: e.ts / 1000,
        durMs: (e.dur ?? 0) / 1000,
        cpuMs: threadTime(e) / 1000,
        byKind: ZERO(),
        byCause: new Map(),
        measures: [],
      };
      const end = e.ts + (e.dur ?? 0);
      task.measures = measureEnds.filter((m) => m.ts >= e.ts && m.ts <= end).map((m) => m.name);
      tasks.push(task);
    }
    const data = e.args?.data;
    const parentCause = stack.at(-1)?.cause ?? '';
    // A forced style or layout carries the stack of the script that asked for it.
    const forcedBy = where(e.args?.beginData?.stackTrace?.[0] ?? data?.stackTrace?.[0]);
    const own = e.name === 'FunctionCall' && data?.url ? where(data) : '';
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0, cause: own || forcedBy || parentCause });
  }
  close(Infinity);
  stack = [];
  return tasks;
}

/** The tasks over 50 ms of the main thread's time: what the Long Tasks API and Lighthouse call long. */
export function longOnes(tasks: readonly MainTask[]): MainTask[] {
  return tasks.filter((t) => t.cpuMs > 50);
}

/** The tasks over 50 ms of wall time, which on a shared machine includes time the thread did not run. */
export function longByWall(tasks: readonly MainTask[]): MainTask[] {
  return tasks.filter((t) => t.durMs > 50);
}

/** Sums the kinds and the causes of several tasks. */
export function totals(tasks: readonly MainTask[]): { byKind: Record<Kind, number>; byCause: Map<string, number> } {
  const byKind = ZERO();
  const byCause = new Map<string, number>();
  for (const t of tasks) {
    for (const k of Object.keys(byKind) as Kind[]) byKind[k] += t.byKind[k];
    for (const [c, ms] of t.byCause) byCause.set(c, (byCause.get(c) ?? 0) + ms);
  }
  return { byKind, byCause };
}
