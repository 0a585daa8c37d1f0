import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBuild } from './buildScaling.ts';
import { generateContent } from './generateContent.ts';
import { startServer } from './server.ts';
import { renderTableSection } from './tableReport.ts';
import { measureTable } from './tableSpeed.ts';

/** How many generated events the table is measured with. */
const ROWS = 5000;

/**
 * `npm run bench -- --table`: builds the site from 5,000 generated events, serves it and times
 * sorting and filtering /events/ at 4× CPU on a phone and a desktop; returns the section for bench/results.md.
 */
export async function benchTable(runs: number, port: number, log: (line: string) => void): Promise<string> {
  const content = join('bench/.work', `content-${ROWS}`);
  // The content must be inside the project, where Vite reads it; the build goes outside, out of the linters' way.
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-table-'));
  generateContent(content, ROWS);
  try {
    log(`building ${ROWS.toLocaleString('en-GB')} generated events (a few minutes)`);
    await measureBuild(content, ROWS, outDir);
    const server = await startServer(port, outDir);
    try {
      // The load as the measuring starts, after the build's own.
      const load = loadavg()
        .map((n) => n.toFixed(2))
        .join(', ');
      log(`sorting and filtering the table at 4x CPU (${runs} runs)`);
      const result = await measureTable(`http://127.0.0.1:${port}/events/`, runs);
      return renderTableSection(result, new Date().toISOString().slice(0, 10), runs, load);
    } finally {
      server.close();
    }
  } finally {
    for (const dir of [content, outDir]) rmSync(dir, { recursive: true, force: true });
  }
}

/** The results file as it stands, or nothing before the first run. */
export function previousResults(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}
