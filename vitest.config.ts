import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates must never depend on the machine's time zone; tests that vary TZ set it themselves.
    env: { TZ: 'UTC' },
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
