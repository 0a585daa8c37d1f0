/**
 * Reads the story as a reader does, on a slow device: load it, then scroll the whole story down and
 * back up a little every frame, with a trace running. From the trace: the long tasks (over 50 ms)
 * and what they were made of, and the main-thread cost of every frame that changed the active step.
 */
import type { Browser, Page } from '@playwright/test';
import { type Device, launchChromium, slowPage } from './browser.ts';
import { summarize, type Summary } from './stats.ts';
import { type Kind, longByWall, longOnes, type MainTask, mainThreadTasks, totals } from './traceTasks.ts';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'blink.user_timing',
  'v8',
].join(',');

/** Long tasks in one phase (loading, or scrolling down and up), over the runs. */
export interface PhaseResult {
  /** Tasks over 50 ms of the main thread's time. */
  count: Summary;
  /** Tasks over 50 ms of wall time, which on a shared machine holds time the page did not run. */
  countByWall: Summary;
  totalMs: Summary;
  longestMs: Summary;
  /** Time inside the long tasks by kind, median of the runs. */
  byKind: Record<Kind, number>;
  /** The largest causes inside the long tasks, median ms of the runs, largest first. */
  causes: [string, number][];
  /** All main-thread time by kind (long tasks or not): the measure load affects least. */
  cpuByKind: Record<Kind, number>;
}

/** One device's results. */
export interface DeviceScroll {
  device: string;
  loading: PhaseResult;
  scrolling: PhaseResult;
  /** The frame that shows each step change (script, style, layout, paint): per run, median and worst. */
  stepFrameMs: Summary;
  worstStepFrameMs: Summary;
  /** The script alone (User Timing `timeline:step-change`), per run median. */
  stepScriptMs: Summary;
  stepChanges: number;
}

/** Options of the scripted reading. */
export interface ScrollOptions {
  runs: number;
  /** CSS pixels scrolled each animation frame. */
  stepPx: number;
}

/** Loads and scrolls the story on each device, `runs` times each. */
export async function measureScrolling(
  url: string,
  devices: readonly Device[],
  options: ScrollOptions,
  log: (line: string) => void = () => {},
): Promise<DeviceScroll[]> {
  const browser = await launchChromium();
  try {
    const results: DeviceScroll[] = [];
    for (const device of devices) {
      const runs: Run[] = [];
      for (let i = 0; i < options.runs; i++) {
        runs.push(await readOnce(browser, url, device, options.stepPx));
        const last = runs.at(-1)!;
        log(
          `${device.name}, run ${i + 1}: ${longOnes(last.loading).length} long tasks loading, ${longOnes(last.scrolling).length} scrolling (by wall time ${longByWall(last.loading).length} and ${longByWall(last.scrolling).length})`,
        );
      }
      results.push(summarizeRuns(device.name, runs));
    }
    return results;
  } finally {
    await browser.close();
  }
}

interface Run {
  loading: MainTask[];
  scrolling: MainTask[];
  stepScript: number[];
}

async function readOnce(browser: Browser, url: string, device: Device, stepPx: number): Promise<Run> {
  const page = await slowPage(browser, device);
  try {
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    const origin = new URL(url).origin;
    const loading = mainThreadTasks((await browser.stopTracing()).toString(), origin);
    await page.evaluate(() => performance.clearMeasures('timeline:step-change'));
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await scrollThrough(page, stepPx);
    await page.waitForTimeout(1000);
    const scrolling = mainThreadTasks((await browser.stopTracing()).toString(), origin);
    const stepScript = await page.evaluate(() =>
      performance.getEntriesByName('timeline:step-change').map((e) => e.duration),
    );
    return { loading, scrolling, stepScript };
  } finally {
    await page.close();
  }
}

/** Scrolls to the end and back to the top, `px` a frame, as a reader's steady thumb or wheel does. */
function scrollThrough(page: Page, px: number): Promise<void> {
  return page.evaluate(
    (delta) =>
      new Promise<void>((resolve) => {
        let direction = 1;
        const frame = () => {
          window.scrollBy(0, direction * delta);
          const end = document.documentElement.scrollHeight - innerHeight;
          if (direction > 0 && window.scrollY >= end - 1) direction = -1;
          if (direction < 0 && window.scrollY <= 0) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    px,
  );
}

function median(xs: number[]): number {
  return summarize(xs.length ? xs : [0]).median;
}

function phase(runs: MainTask[][]): PhaseResult {
  const longs = runs.map(longOnes);
  const kinds = (tasks: MainTask[][]) => {
    const per = tasks.map((t) => totals(t).byKind);
    return Object.fromEntries(Object.keys(per[0]).map((k) => [k, median(per.map((p) => p[k as Kind]))])) as Record<
      Kind,
      number
    >;
  };
  const causeRuns = longs.map((t) => totals(t).byCause);
  const names = new Set(causeRuns.flatMap((c) => [...c.keys()]));
  const causes = [...names]
    .map((n) => [n, median(causeRuns.map((c) => c.get(n) ?? 0))] as [string, number])
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return {
    count: summarize(longs.map((l) => l.length)),
    countByWall: summarize(runs.map((r) => longByWall(r).length)),
    totalMs: summarize(longs.map((l) => l.reduce((sum, t) => sum + t.cpuMs, 0))),
    longestMs: summarize(longs.map((l) => Math.max(0, ...l.map((t) => t.cpuMs)))),
    byKind: kinds(longs),
    causes,
    cpuByKind: kinds(runs),
  };
}

function summarizeRuns(device: string, runs: Run[]): DeviceScroll {
  const stepFrames = runs.map((r) =>
    r.scrolling.filter((t) => t.measures.includes('timeline:step-change')).map((t) => t.cpuMs),
  );
  return {
    device,
    loading: phase(runs.map((r) => r.loading)),
    scrolling: phase(runs.map((r) => r.scrolling)),
    stepFrameMs: summarize(stepFrames.map(median)),
    worstStepFrameMs: summarize(stepFrames.map((f) => Math.max(0, ...f))),
    stepScriptMs: summarize(runs.map((r) => median(r.stepScript))),
    stepChanges: median(stepFrames.map((f) => f.length)),
  };
}
