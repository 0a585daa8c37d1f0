import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astro, buildWith, fixtureCopy } from './astro.ts';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the production build', () => {
  it('fails on a broken event, naming its file, field, what was found and what is expected, without a stack trace', async () => {
    const dir = fixtureCopy('broken-build');
    copyFileSync(
      'tests/fixtures/broken/2021-03-03-unknown-thread.mdx',
      join(dir, 'events/2021-03-03-unknown-thread.mdx'),
    );
    const run = await buildWith(dir);
    outDirs.push(run.outDir);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`${dir}/events/2021-03-03-unknown-thread.mdx`);
    expect(run.output).toContain('line 5, thread: found "exploitaton"; expected "exploitation" (a likely typo)');
    expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });

  it('leaves drafts out and publishes every other event', async () => {
    const run = await buildWith(fixtureCopy('draft-build'));
    outDirs.push(run.outDir);
    expect(run.code, run.output).toBe(0);
    const html = readFileSync(join(run.outDir, 'index.html'), 'utf8');
    expect(html).not.toContain('Fixture draft that must never be published');
    for (const id of ['2021-03-02-fixture-patch', '2021-01-06-fixture-exploitation', '2020-10-fixture-background']) {
      expect(html).toContain(`data-event-id="${id}"`);
    }
  });
});

describe('the dev server', () => {
  it('shows drafts, so editors can preview them', async () => {
    const port = 4390 + Math.floor(Math.random() * 9);
    const server = astro(['dev', '--port', String(port), '--host', '127.0.0.1'], fixtureCopy('draft-dev'));
    let log = '';
    server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const html = await fetchWhenUp(`http://127.0.0.1:${port}/`).catch((error: Error) => {
        throw new Error(`${error.message}\n${log}`);
      });
      expect(html).toContain('Fixture draft that must never be published');
    } finally {
      server.kill();
    }
  });
});

async function fetchWhenUp(url: string): Promise<string> {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 30 s`);
}
