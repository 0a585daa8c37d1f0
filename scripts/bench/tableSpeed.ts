import { launchChromium, slowPhonePage } from './browser.ts';
import { summarize, type Summary } from './stats.ts';

/** What one change of the events table costs: its script alone, and with the style and layout it causes. */
export interface TableChange {
  name: string;
  scriptMs: Summary;
  layoutMs: Summary;
  /** Until the next frame has been drawn (includes waiting for it, so up to a frame more than the work). */
  frameMs: Summary;
}

/** The events table with many rows: each reader action measured on a phone with the CPU slowed 4×. */
export interface TableResult {
  rows: number;
  changes: TableChange[];
}

/** The reader's actions, in order, each run in the page; each starts from the state the last left. */
const ACTIONS: ({ name: string } & Action)[] = [
  { name: 'type words in the text filter', selector: 'input[data-table-query]', value: 'number 12' },
  { name: 'sort by headline (A to Z)', selector: 'button[data-sort-button="title"]' },
  { name: 'clear the text filter', selector: 'input[data-table-query]', value: '' },
  { name: 'pick a thread chip', selector: 'button[data-filter="thread"]' },
  { name: 'sort by date (oldest first)', selector: 'button[data-sort-button="date"]' },
  { name: 'reverse the sort (newest first)', selector: 'button[data-sort-button="date"]' },
  { name: 'show all events', selector: '[data-filter-clear]' },
];

/** A click on an element, or (with a value) typing that value into an input. */
interface Action {
  selector: string;
  value?: string;
}

/** Loads the table `runs` times and times each action of ACTIONS in the page. */
export async function measureTable(url: string, runs: number): Promise<TableResult> {
  const browser = await launchChromium();
  const samples = ACTIONS.map(() => ({ script: [] as number[], layout: [] as number[], frame: [] as number[] }));
  let rows = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await slowPhonePage(browser);
      await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
      await page.waitForSelector('timeline-table[data-enhanced]', { timeout: 300_000 });
      // The enhanced table holds one page of rows; the page as served holds them all.
      rows = await page.evaluate(
        async () => (await (await fetch(location.href)).text()).split('<tr data-event-id=').length - 1,
      );
      for (const [n, action] of ACTIONS.entries()) {
        const t = await page.evaluate(measureInPage, { selector: action.selector, value: action.value });
        samples[n].script.push(t.script);
        samples[n].layout.push(t.layout);
        samples[n].frame.push(t.frame);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return {
    rows,
    changes: ACTIONS.map((a, n) => ({
      name: a.name,
      scriptMs: summarize(samples[n].script),
      layoutMs: summarize(samples[n].layout),
      frameMs: summarize(samples[n].frame),
    })),
  };
}

/** Runs in the page: performs one action and times it three ways. */
async function measureInPage({ selector, value }: Action): Promise<{ script: number; layout: number; frame: number }> {
  const target = document.querySelector<HTMLInputElement>(selector)!;
  // Settle first, so one action's rendering is not billed to the next.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const start = performance.now();
  if (value === undefined) target.click();
  else {
    target.value = value;
    target.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const script = performance.now() - start;
  void document.querySelector('table')!.getBoundingClientRect().height;
  const layout = performance.now() - start;
  const frame = await new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0)),
  );
  return { script, layout, frame };
}
