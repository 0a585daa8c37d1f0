import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { validateContent } from '../../src/checks/validateContent.ts';
import { fixtureCopy } from './astro.ts';

/** Runs `npm run new:event`'s script non-interactively against a content folder. */
function newEvent(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['scripts/new-event.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
}

describe('npm run new:event', () => {
  const flags = [
    '--date',
    '2021-03-04',
    '--title',
    'Mandiant describes three clusters of attacks',
    '--thread',
    'exploitation',
  ];

  it('writes a draft named from the date and the title that passes the content checks', () => {
    const dir = fixtureCopy('new-event');
    const run = newEvent(dir, ...flags);
    expect(run.status, run.stderr).toBe(0);
    const path = join(dir, 'events/2021-03-04-mandiant-describes-three-clusters-of-attacks.mdx');
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('title: "Mandiant describes three clusters of attacks"');
    expect(validateContent(readContent(process.cwd(), dir))).toEqual([]);
  });

  it('refuses to overwrite an existing event', () => {
    const dir = fixtureCopy('new-event-twice');
    newEvent(dir, ...flags);
    const path = join(dir, 'events/2021-03-04-mandiant-describes-three-clusters-of-attacks.mdx');
    const before = readFileSync(path, 'utf8');
    const again = newEvent(dir, ...flags);
    expect(again.status).not.toBe(0);
    expect(again.stderr).toContain('already exists');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('explains a bad date or an unknown thread in one line, writing nothing', () => {
    const dir = fixtureCopy('new-event-bad');
    const files = readContent(process.cwd(), dir).events.map((e) => e.file);
    const badDate = newEvent(dir, '--date', '4 March', '--title', 'x', '--thread', 'exploitation');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/--date "4 March" is not a real date written as YYYY-MM/);
    const badThread = newEvent(dir, '--date', '2021-03-04', '--title', 'x', '--thread', 'hacks');
    expect(badThread.stderr).toMatch(/--thread "hacks" is not one of: disclosure-and-patch, exploitation/);
    expect(readContent(process.cwd(), dir).events.map((e) => e.file)).toEqual(files);
  });
});
