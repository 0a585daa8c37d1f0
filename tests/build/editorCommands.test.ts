import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/readContent.ts';
import { fixtureCopy } from './astro.ts';

/** Runs an editor command's script as npm does, without a terminal, against a copy of the fixture content. */
function run(script: string, args: string[], contentDir = 'tests/fixtures/content') {
  return spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const commands = [
  ['new:event', 'new-event'],
  ['check:content', 'check-content'],
] as const;

const STACK = /\n\s+at |node:internal|ERR_PARSE_ARGS/;

describe.each(commands)('npm run %s', (name, script) => {
  it('answers --help and -h with its usage and examples, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(script, [flag]);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain(`Usage: npm run ${name}`);
      expect(result.stdout).toMatch(new RegExp(`Examples:\\n {2}npm run ${name}`));
      expect(result.stderr).toBe('');
    }
  });

  it.each([['--dat', '2021-03-04'], ['--fix'], ['-x'], ['stray']])(
    'answers a mistyped flag or argument (%s) with one line naming it, then the usage, exit 2',
    (...args) => {
      const result = run(script, args);
      expect(result.status).toBe(2);
      const [first, second] = result.stderr.split('\n');
      expect(first).toMatch(/^✖ /);
      expect(first).toContain(args[0]);
      expect(second).toBe(result.stderr.match(/^Usage: .*$/m)?.[0]);
      expect(second).toMatch(new RegExp(`^Usage: npm run ${name}`));
      expect(result.stderr).not.toMatch(STACK);
      expect(result.stdout).toBe('');
    },
  );
});

describe('npm run new:event, given a bad value', () => {
  it.each([
    [['--date'], /^✖ --date needs a value$/],
    [['--date', '2021-02-30', '--title', 'x', '--thread', 'exploitation'], /^✖ --date "2021-02-30" is not a real date/],
    [['--date', '2021-03-04', '--title', 'x', '--thread', 'hacks'], /^✖ --thread "hacks" is not one of/],
    [['--date', '2021-03-04', '--thread', 'exploitation'], /^✖ --title is missing/],
    [['--help=yes'], /^✖ --help takes no value$/],
  ])('%j: names it in one line, shows the usage, exits 2 and writes nothing', (args, line) => {
    const dir = fixtureCopy('editor-commands');
    const before = readContent(process.cwd(), dir).events.length;
    const result = run('new-event', args, dir);
    expect(result.status).toBe(2);
    const [first, second] = result.stderr.split('\n');
    expect(first).toMatch(line);
    expect(second).toMatch(/^Usage: npm run new:event -- \[--date DATE\]/);
    expect(result.stderr).not.toMatch(STACK);
    expect(readContent(process.cwd(), dir).events).toHaveLength(before);
  });
});

describe('through npm itself', () => {
  it('npm run new:event -- --help prints the usage and exits 0', () => {
    const result = spawnSync('npm', ['run', '--silent', 'new:event', '--', '--help'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: npm run new:event -- [--date DATE] [--title "HEADLINE"] [--thread THREAD]');
  });
});
