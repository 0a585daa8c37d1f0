/**
 * Which Chromium the browser tests use: Playwright's own when it is installed, else CHROMIUM_PATH,
 * else a `chromium` on PATH (as Debian's package installs it). Run directly, it fails with one line
 * saying how to get a browser when there is none, so browser tests are never skipped silently.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

/** Flags for a headless Chromium in a container with no network beyond the site under test. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The executable to launch, or undefined for Playwright's own; null when there is no browser at all. */
export function findChromium(): string | undefined | null {
  if (existsSync(chromium.executablePath())) return undefined;
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      if (dir && isExecutable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (import.meta.main && findChromium() === null) {
  const hint = process.env.CHROMIUM_PATH ? `CHROMIUM_PATH (${process.env.CHROMIUM_PATH}) is not an executable; ` : '';
  console.error(
    `✖ No Chromium for the browser tests: ${hint}install one with "sudo apt-get install chromium" (Debian/Ubuntu) or "npx playwright install chromium", or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
