import { launchChromium, longTasks, slowPhonePage } from './browser.ts';
import { summarize, type Summary } from './stats.ts';

/** Long tasks while scrolling the whole story at 4× CPU, and the cost of each change of active step. */
export interface ScrollResult {
  longTaskCount: Summary;
  longTaskTotalMs: Summary;
  longestTaskMs: Summary;
  /** Per run, the median time the page's script spent handling a step change (User Timing `timeline:step-change`). */
  stepChangeMs: Summary;
  /** Per run, the slowest step change. */
  slowestStepChangeMs: Summary;
  stepChanges: number;
}

/** Scrolls a phone-sized story from top to bottom, 80 px a frame, with the CPU slowed 4×, `runs` times. */
export async function measureScrolling(url: string, runs: number): Promise<ScrollResult> {
  const browser = await launchChromium();
  const samples: { tasks: number[]; steps: number[] }[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const page = await slowPhonePage(browser);
      await page.goto(url, { waitUntil: 'networkidle' });
      await longTasks(page, true);
      await page.evaluate(() => performance.clearMeasures('timeline:step-change'));
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const step = () => {
              window.scrollBy(0, 80);
              if (window.scrollY + innerHeight >= document.documentElement.scrollHeight - 1) resolve();
              else requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
          }),
      );
      await page.waitForTimeout(500);
      const steps = await page.evaluate(() =>
        performance.getEntriesByName('timeline:step-change').map((e) => e.duration),
      );
      samples.push({ tasks: await longTasks(page), steps });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    longTaskCount: summarize(samples.map((s) => s.tasks.length)),
    longTaskTotalMs: summarize(samples.map((s) => total(s.tasks))),
    longestTaskMs: summarize(samples.map((s) => Math.max(0, ...s.tasks))),
    stepChangeMs: summarize(samples.map((s) => summarize(s.steps).median)),
    slowestStepChangeMs: summarize(samples.map((s) => Math.max(...s.steps))),
    stepChanges: summarize(samples.map((s) => s.steps.length)).median,
  };
}
