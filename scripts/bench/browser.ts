import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.ts';

/** A screen the benchmark reads the story on. */
export interface Device {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
}

/** A mid-range phone: 390×844 CSS pixels at 3 device pixels each, touch. */
export const PHONE: Device = {
  name: 'phone 390×844',
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** A laptop's window: 1440×900, mouse. */
export const DESKTOP: Device = {
  name: 'desktop 1440×900',
  viewport: { width: 1440, height: 900 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
};

/** Launches the same Chromium the browser tests use. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
}

/** A page on `device` with its CPU slowed 4× (through CDP), recording long tasks from the first byte. */
export async function slowPage(browser: Browser, device: Device): Promise<Page> {
  const { name: _name, ...options } = device;
  const page = await browser.newPage(options);
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

/** A phone-sized page with its CPU slowed 4×. */
export function slowPhonePage(browser: Browser): Promise<Page> {
  return slowPage(browser, PHONE);
}

/** Durations of the long tasks (over 50 ms) recorded so far; `reset` starts a new count. */
export function longTasks(page: Page, reset = false): Promise<number[]> {
  return page.evaluate((clear) => {
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
    return clear ? tasks.splice(0) : [...tasks];
  }, reset);
}
