import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../find-chromium.ts';
import { summarize, type Summary } from './stats.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's four category scores (0–100) and three web vitals for one page, over several runs. */
export interface LighthouseResult {
  scores: Record<(typeof CATEGORIES)[number], Summary>;
  lcpMs: Summary;
  cls: Summary;
  tbtMs: Summary;
}

/** Runs Lighthouse's default mobile audit (simulated slow 4G, 4× CPU) `runs` times on a URL. */
export async function runLighthouse(
  url: string,
  chromePath: string | undefined,
  runs: number,
): Promise<LighthouseResult> {
  const samples: { scores: Record<string, number>; lcp: number; cls: number; tbt: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await launch({
      chromePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      samples.push({
        scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])),
        lcp: lhr.audits['largest-contentful-paint'].numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift'].numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time'].numericValue ?? NaN,
      });
    } finally {
      chrome.kill();
    }
  }
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, summarize(samples.map((s) => s.scores[c]))]),
    ) as LighthouseResult['scores'],
    lcpMs: summarize(samples.map((s) => s.lcp)),
    cls: summarize(samples.map((s) => s.cls)),
    tbtMs: summarize(samples.map((s) => s.tbt)),
  };
}
