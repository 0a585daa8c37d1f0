import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent } from './generateContent.ts';

/** Where generated content and benchmark builds go (ignored by git). */
const WORK = 'bench/.work';

/** One build measured: wall time, CPU time (user + system) and peak resident memory of the Astro process. */
export interface BuildSample {
  events: number;
  seconds: number;
  /** Less sensitive than wall time to other work on the machine. */
  cpuSeconds: number;
  peakMiB: number;
}

/**
 * Builds the site over a content folder (into `keepIn`, or a temporary folder), sampling its memory every 50 ms.
 * The temporary folder is inside the project: Astro stages pages for an output folder outside it in the
 * project's own .astro/.prerender/, which a second build running at the same time would overwrite.
 */
export async function measureBuild(contentDir: string, events: number, keepIn?: string): Promise<BuildSample> {
  mkdirSync(WORK, { recursive: true });
  const outDir = keepIn ?? mkdtempSync(join(WORK, 'out-'));
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let peakKiB = 0;
  let cpuSeconds = 0;
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const timer = setInterval(() => {
    peakKiB = Math.max(peakKiB, residentKiB(child.pid));
    cpuSeconds = Math.max(cpuSeconds, cpuTime(child.pid));
  }, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  if (!keepIn) rmSync(outDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`build of ${contentDir} failed:\n${errors}`);
  return { events, seconds: (performance.now() - started) / 1000, cpuSeconds, peakMiB: peakKiB / 1024 };
}

/** A clean build (no cache, as in CI) and a rebuild after one event's title changed. */
export interface GeneratedBuilds {
  clean: BuildSample;
  rebuild: BuildSample;
}

/**
 * Builds generated content of `count` events (inside the project, where Vite may read it) from a
 * clean cache, then edits one event's title and builds again, as an editor's correction would.
 */
export async function measureGenerated(count: number): Promise<GeneratedBuilds> {
  const dir = join(WORK, `content-${count}`);
  generateContent(dir, count);
  // The cache folder astro.config.mjs gives this content folder: removed, so the first build is a clean one.
  rmSync(join('node_modules/.astro', dir.replace(/\W+/g, '-')), { recursive: true, force: true });
  try {
    const clean = await measureBuild(dir, count);
    const file = join(dir, 'events', readdirSync(join(dir, 'events')).sort()[Math.floor(count / 2)]);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1, corrected'));
    return { clean, rebuild: await measureBuild(dir, count) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** User and system time of a process so far, from /proc (in clock ticks of 1/100 s on Linux). */
function cpuTime(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function residentKiB(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
