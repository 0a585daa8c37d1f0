import { describe, expect, it } from 'vitest';
import { longByWall, longOnes, mainThreadTasks } from '../../../scripts/bench/traceTasks.ts';

const ORIGIN = 'http://127.0.0.1:4380';

/** A complete slice on the page's main thread (1:2); times in microseconds, as traces give them. */
const slice = (name: string, ts: number, dur: number, tdur: number, args: Record<string, unknown> = {}) => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 2,
  ts,
  dur,
  tdur,
  args,
});

/** The main thread's name, and an event naming the site's origin, so the reader knows the thread is the page's. */
const setup = [
  { name: 'thread_name', ph: 'M', pid: 1, tid: 2, ts: 0, args: { name: 'CrRendererMain' } },
  slice('ParseHTML', 1, 1, 1, { beginData: { url: `${ORIGIN}/` } }),
];

const read = (events: object[]) => mainThreadTasks(JSON.stringify({ traceEvents: [...setup, ...events] }), ORIGIN);

describe('mainThreadTasks', () => {
  it('times a task by the thread’s own time: one the machine slowed is long by wall time only', () => {
    const tasks = read([
      // 90 ms on the wall, of which the thread ran 40 (the rest went to other processes).
      slice('RunTask', 10_000, 90_000, 40_000),
      slice('Layout', 10_100, 80_000, 35_000),
      // 60 ms of the thread's own time: long however it is counted.
      slice('RunTask', 200_000, 70_000, 60_000),
      slice('FunctionCall', 200_100, 65_000, 55_000, { data: { functionName: 'draw', url: `${ORIGIN}/a.js` } }),
    ]);
    expect(tasks.map((t) => t.cpuMs)).toEqual([40, 60]);
    expect(longByWall(tasks)).toHaveLength(2);
    expect(longOnes(tasks).map((t) => t.cpuMs)).toEqual([60]);
  });

  it('splits a task’s thread time by kind from self times, and by the function that ran', () => {
    const [task] = read([
      slice('RunTask', 10_000, 100_000, 60_000),
      slice('FunctionCall', 10_100, 50_000, 30_000, { data: { functionName: 'draw', url: `${ORIGIN}/a.js` } }),
      slice('Layout', 20_000, 20_000, 12_000),
      slice('Paint', 70_000, 10_000, 8_000),
    ]);
    expect(task.byKind.script).toBeCloseTo(18);
    expect(task.byKind.layout).toBeCloseTo(12);
    expect(task.byKind.paint).toBeCloseTo(8);
    // What the task's own slice holds outside its children: the scheduler's share.
    expect(task.byKind.other).toBeCloseTo(22);
    expect(task.byCause.get('script: draw a.js:0:1')).toBeCloseTo(18);
  });

  it('works out the thread time of begin and end pairs from their thread clocks', () => {
    const [task] = read([
      { name: 'RunTask', ph: 'B', pid: 1, tid: 2, ts: 10_000, tts: 5_000 },
      { name: 'RunTask', ph: 'E', pid: 1, tid: 2, ts: 110_000, tts: 60_000 },
    ]);
    expect(task.durMs).toBe(100);
    expect(task.cpuMs).toBe(55);
  });
});
