import { gzipSize } from '../lib/pageWeight.ts';
import { launchChromium, longTasks, slowPhonePage } from './browser.ts';
import { summarize, type Summary } from './stats.ts';

/** One page's cost to a reader on a slow phone, over several runs. */
export interface ReaderCost {
  jsBytes: number;
  cssBytes: number;
  fcpMs: Summary;
  /** From navigation until the first event's headline is laid out with its text. */
  firstEventMs: Summary;
  longTaskTotalMs: Summary;
}

/**
 * Loads a page at 4× CPU on a phone-sized screen and measures what TimelineJS users complain about:
 * bytes of JavaScript and CSS (gzipped), first contentful paint, the time until the first event can be
 * read, and long tasks until the page settles. `firstEvent` is a CSS selector for the first event's headline.
 */
export async function readerCost(url: string, firstEvent: string, runs: number): Promise<ReaderCost> {
  const browser = await launchChromium();
  const fcp: number[] = [];
  const readable: number[] = [];
  const tasks: number[] = [];
  let js = 0;
  let css = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const page = await slowPhonePage(browser);
      const bytes = { js: 0, css: 0 };
      page.on('response', (response) => {
        const type = response.headers()['content-type'] ?? '';
        // The page's own <style> elements count as CSS, as in scripts/lib/pageWeight.ts: the site inlines its CSS.
        if (type.includes('html') && response.request().isNavigationRequest())
          void response.text().then(
            (html) => (bytes.css += inlineCssBytes(html)),
            () => undefined,
          );
        const kind = type.includes('javascript') ? 'js' : type.includes('css') ? 'css' : null;
        if (kind)
          void response.body().then(
            (body) => (bytes[kind] += gzipSize(body)),
            () => undefined,
          );
      });
      await page.addInitScript((selector) => {
        const poll = () => {
          const el = document.querySelector(selector);
          const box = el?.getBoundingClientRect();
          if (el?.textContent?.trim() && box && box.width > 0 && box.height > 0) performance.mark('bench:first-event');
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }, firstEvent);
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => performance.getEntriesByName('bench:first-event').length > 0, null, {
        timeout: 60_000,
      });
      await page.waitForTimeout(1000);
      const marks = await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        first: performance.getEntriesByName('bench:first-event')[0].startTime,
      }));
      fcp.push(marks.fcp);
      readable.push(marks.first);
      tasks.push((await longTasks(page)).reduce((a, b) => a + b, 0));
      ({ js, css } = bytes);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return {
    jsBytes: js,
    cssBytes: css,
    fcpMs: summarize(fcp),
    firstEventMs: summarize(readable),
    longTaskTotalMs: summarize(tasks),
  };
}

/** Gzipped bytes of a document's inline <style> elements, taken together. */
function inlineCssBytes(html: string): number {
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
  return styles.trim() ? gzipSize(styles) : 0;
}
