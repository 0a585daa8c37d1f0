import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const astroBin = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/** The result of running the Astro CLI: its exit code and everything it printed. */
export interface AstroRun {
  code: number | null;
  output: string;
  outDir: string;
}

/** Runs `astro build` over another content folder into a temporary directory. */
export function buildWith(contentDir: string): Promise<AstroRun> {
  const outDir = mkdtempSync(join(tmpdir(), 'timeline-build-'));
  const child = astro(['build', '--outDir', outDir], contentDir);
  return new Promise((resolve) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output, outDir }));
  });
}

const VITEST_ENV = new Set(['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'FORCE_TTY']);

/** Starts the Astro CLI with CONTENT_DIR set, telemetry off. */
export function astro(args: string[], contentDir: string): ChildProcess {
  // Vitest puts NODE_ENV, MODE, DEV, PROD, SSR, BASE_URL… into process.env; the CLI must run as an editor runs it.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith('VITEST')),
  );
  return spawn(process.execPath, [astroBin, ...args], {
    env: { ...env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Copies the valid fixture story into tests/fixtures/.generated/<name> (inside the project, where Vite may read it). */
export function fixtureCopy(name: string): string {
  const dir = join('tests/fixtures/.generated', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync('tests/fixtures/content', dir, { recursive: true });
  return dir;
}
