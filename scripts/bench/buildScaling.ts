import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './generateContent.ts';

/** One build measured: wall time and peak resident memory of the Astro process. */
export interface BuildSample {
  events: number;
  seconds: number;
  peakMiB: number;
}

/** Builds the site over a content folder (into `keepIn`, or a temporary folder), sampling its memory every 50 ms. */
export async function measureBuild(contentDir: string, events: number, keepIn?: string): Promise<BuildSample> {
  const outDir = keepIn ?? mkdtempSync(join(tmpdir(), 'timeline-bench-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let peakKiB = 0;
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const timer = setInterval(() => (peakKiB = Math.max(peakKiB, residentKiB(child.pid))), 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (!keepIn) rmSync(outDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`build of ${contentDir} failed:\n${errors}`);
  return { events, seconds: (performance.now() - started) / 1000, peakMiB: peakKiB / 1024 };
}

/** Builds generated content of `count` events (inside the project, where Vite may read it). */
export async function measureGenerated(count: number): Promise<BuildSample> {
  const dir = join('bench/.work', `content-${count}`);
  generateContent(dir, count);
  try {
    return await measureBuild(dir, count);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function residentKiB(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
