import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './browser.ts';
import { summarize, type Summary } from './stats.ts';
import { FRAME_CATEGORIES, type FrameCost, frameCost } from './traceFrame.ts';

/** What one change of the events table costs, over the runs. */
export interface TableChange {
  name: string;
  /** From the input's timestamp to the start of the frame after the one that drew the change. */
  frameMs: Summary;
  /** That frame's main-thread work: script + style + layout + paint, summed per run. */
  workMs: Summary;
  /** The main thread's own time per category for that frame (trace thread time, medians). */
  cpuMs: Record<Exclude<keyof FrameCost, 'wallMs'>, number>;
}

/** The events table with many rows on one screen: each reader action measured with the CPU slowed 4×. */
export interface TableScreen {
  screen: string;
  changes: TableChange[];
}

/** Every screen's measurements, and how many rows the served table holds. */
export interface TableResult {
  rows: number;
  screens: TableScreen[];
}

/** The screens measured: a phone and a desktop. */
const SCREENS = [
  { screen: '390×844 phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true },
  { screen: '1440×900 desktop', viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, isMobile: false },
];

/**
 * A click on an element, or (with a value) typing that value into an input at once, as a paste does;
 * `prepare` is clicked first, unmeasured (the actor chips are inside a closed <details>).
 */
interface Action {
  name: string;
  selector: string;
  value?: string;
  prepare?: string;
}

const sortBy = (key: string) => `button[data-sort-button="${key}"]`;

/** The reader's actions, in order; each starts from the state the last left. */
const ACTIONS: Action[] = [
  { name: 'type words in the text filter', selector: 'input[data-table-query]', value: 'number 12' },
  { name: 'sort by headline (A to Z)', selector: sortBy('title') },
  { name: 'clear the text filter', selector: 'input[data-table-query]', value: '' },
  { name: 'sort by date (oldest first)', selector: sortBy('date') },
  { name: 'sort by thread', selector: sortBy('thread') },
  { name: 'sort by actors', selector: sortBy('actors') },
  { name: 'sort by CVEs', selector: sortBy('cves') },
  { name: 'sort by sources (fewest first)', selector: sortBy('sources') },
  { name: 'reverse the sort (most sources first)', selector: sortBy('sources') },
  { name: 'pick a thread chip', selector: 'button[data-filter="thread"]' },
  {
    name: 'pick an actor chip',
    selector: 'button[data-filter="actor"]',
    prepare: '[data-filters] details > summary',
  },
  { name: 'show all events', selector: '[data-filter-clear]' },
];

/** Loads the table `runs` times on each screen and measures each action of ACTIONS. */
export async function measureTable(url: string, runs: number): Promise<TableResult> {
  const browser = await launchChromium();
  let rows = 0;
  const screens: TableScreen[] = [];
  try {
    for (const { screen, ...options } of SCREENS) {
      const samples = ACTIONS.map(() => ({ frame: [] as number[], cpu: [] as FrameCost[] }));
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage({ ...options, hasTouch: options.isMobile });
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
        await page.waitForSelector('timeline-table[data-enhanced]', { timeout: 300_000 });
        // The enhanced table holds one page of rows; the page as served holds them all.
        rows = await page.evaluate(
          async () => (await (await fetch(location.href)).text()).split('<tr data-event-id=').length - 1,
        );
        for (const [n, action] of ACTIONS.entries()) {
          const { frame, cost } = await measureAction(browser, page, action);
          samples[n].frame.push(frame);
          if (cost) samples[n].cpu.push(cost);
        }
        await page.close();
      }
      screens.push({
        screen,
        changes: ACTIONS.map((a, n) => ({
          name: a.name,
          frameMs: summarize(samples[n].frame),
          workMs: summarize(samples[n].cpu.map((c) => c.script + c.style + c.layout + c.paint)),
          cpuMs: {
            script: median(samples[n].cpu.map((c) => c.script)),
            style: median(samples[n].cpu.map((c) => c.style)),
            layout: median(samples[n].cpu.map((c) => c.layout)),
            paint: median(samples[n].cpu.map((c) => c.paint)),
            other: median(samples[n].cpu.map((c) => c.other)),
          },
        })),
      });
    }
  } finally {
    await browser.close();
  }
  return { rows, screens };
}

function median(values: number[]): number {
  return values.length ? summarize(values).median : 0;
}

/**
 * Performs one action as a reader would (Playwright's real click, or filling the input) while
 * tracing, and times it in the page from the input event's own timestamp to the second animation
 * frame after it: the first frame draws the change, the second starts once that one was presented.
 */
async function measureAction(
  browser: Browser,
  page: Page,
  { selector, value, prepare }: Action,
): Promise<{ frame: number; cost: FrameCost | null }> {
  if (prepare) await page.click(prepare);
  // The control at the top of the screen, as a reader at the table has it: the rows below fill the screen.
  await page
    .locator(selector)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Settle first, so one action's rendering (the rows after the first screenful too) is not billed to the next.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))));
  const type = value === undefined ? 'click' : 'input';
  // The listener is in place before the input is sent; its promise is read once the input was.
  await page.evaluate((type) => {
    const w = window as unknown as { __frame: Promise<number> };
    w.__frame = new Promise((resolve) =>
      document.addEventListener(
        type,
        (event) => requestAnimationFrame(() => requestAnimationFrame((frame) => resolve(frame - event.timeStamp))),
        { capture: true, once: true },
      ),
    );
  }, type);
  await browser.startTracing(page, { categories: FRAME_CATEGORIES });
  if (value === undefined) await page.click(selector);
  else await page.fill(selector, value);
  const frame = await page.evaluate(() => (window as unknown as { __frame: Promise<number> }).__frame);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  const trace = JSON.parse((await browser.stopTracing()).toString()) as Parameters<typeof frameCost>[0];
  return { frame, cost: frameCost(trace) };
}
