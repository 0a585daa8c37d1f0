import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS as args, findChromium } from './scripts/find-chromium.ts';

/** The port the production build is previewed on for tests; E2E_PORT lets two checkouts test side by side. */
const port = Number(process.env.E2E_PORT ?? 4329);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  // Axe sweeps of the full story take several seconds on two cores; leave room on a busy CI machine.
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args } } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
