import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit: pure modules; build: the Astro CLI over fixture content (slower, so a longer timeout).
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 90_000,
    // A build in a beforeAll (the build audit) needs the same room on a busy machine as one inside a test.
    hookTimeout: 90_000,
    // Dates must never depend on the machine's time zone; tests that vary TZ set it themselves.
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
