/**
 * Prints one line, "N passed, N failed", counting every unit (Vitest) and browser (Playwright) test
 * from the JSON reports the last `npm test` wrote. Plain JavaScript so CI can run it on any Node.
 */
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');

const passed = (unit?.numPassedTests ?? 0) + (e2e ? e2e.stats.expected + e2e.stats.flaky : 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e ? e2e.stats.unexpected : 0);
console.log(`${passed} passed, ${failed} failed`);
