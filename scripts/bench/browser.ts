import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';

/** Launches the same Chromium the browser tests use. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
}

/** A phone-sized page with its CPU slowed 4×, recording long tasks from the first byte. */
export async function slowPhonePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  return page;
}

/** Durations of the long tasks (over 50 ms) recorded so far; `reset` starts a new count. */
export function longTasks(page: Page, reset = false): Promise<number[]> {
  return page.evaluate((clear) => {
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
    return clear ? tasks.splice(0) : [...tasks];
  }, reset);
}
