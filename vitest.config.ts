import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit: pure modules; build: the Astro CLI over fixture content (slower, so a longer timeout).
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 90_000,
    // The build tests run the Astro CLI in beforeAll; on a busy machine that takes longer than the default 10 s.
    hookTimeout: 90_000,
    // Dates must never depend on the machine's time zone; tests that vary TZ set it themselves.
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
