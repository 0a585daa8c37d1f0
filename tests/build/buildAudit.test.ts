import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditBuild } from '../../src/integrations/buildAudit.ts';
import { type AstroRun, buildWith, fixtureCopy } from './astro.ts';

const ORIGIN = 'http://localhost:4321';
const PATCH = '2021-03-02-fixture-patch';
const EXPLOITATION = '2021-01-06-fixture-exploitation';
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The fixture story with one more line in the patch event's body. */
function fixtureWithBody(name: string, line: string): string {
  const dir = fixtureCopy(name);
  appendFileSync(join(dir, 'events', `${PATCH}.mdx`), `\n${line}\n`);
  return dir;
}

describe('the build audit', () => {
  let run: AstroRun;
  let content: string;

  beforeAll(async () => {
    content = fixtureWithBody('audit-build', 'Read [the advisory](https://example.org/advisory).');
    run = await buildWith(content);
    cleanup.push(run.outDir);
  });

  it('passes a complete build, whose Markdown links to other sites carry rel="noopener noreferrer"', () => {
    expect(run.code, run.output).toBe(0);
    expect(auditBuild(process.cwd(), run.outDir, ORIGIN, content)).toEqual([]);
    const page = readFileSync(join(run.outDir, 'events', PATCH, 'index.html'), 'utf8');
    expect(page).toContain('<a href="https://example.org/advisory" rel="noopener noreferrer">the advisory</a>');
  });

  it('names every place a build lost an event from: its page, the story, events.json and the feed', () => {
    const lost = mkdtempSync(join(tmpdir(), 'timeline-lost-'));
    cleanup.push(lost);
    cpSync(run.outDir, lost, { recursive: true });
    rmSync(join(lost, 'events', PATCH), { recursive: true });
    const story = readFileSync(join(lost, 'index.html'), 'utf8');
    writeFileSync(join(lost, 'index.html'), story.replaceAll(`data-event-id="${EXPLOITATION}"`, 'data-gone'));
    const feed = JSON.parse(readFileSync(join(lost, 'events.json'), 'utf8')) as { events: { id: string }[] };
    feed.events = feed.events.filter((e) => e.id !== PATCH);
    writeFileSync(join(lost, 'events.json'), JSON.stringify(feed));
    const xml = readFileSync(join(lost, 'feed.xml'), 'utf8');
    writeFileSync(
      join(lost, 'feed.xml'),
      xml.replace(/<item>(?:(?!<item>)[\s\S])*?fixture-exploitation\/<\/link>.*?<\/item>/, ''),
    );

    expect(auditBuild(process.cwd(), lost, ORIGIN, content)).toEqual([
      `${EXPLOITATION}: missing from the story (index.html)`,
      `${PATCH}: missing from its own page (events/<id>/index.html)`,
      `${PATCH}: missing from events.json`,
      `${EXPLOITATION}: missing from the feed (feed.xml)`,
    ]);
  });

  it('stops a build whose event body links to another site without rel="noopener noreferrer"', async () => {
    const leaky = await buildWith(fixtureWithBody('audit-leak', '<a href="https://raw.example/">A raw link</a>'));
    cleanup.push(leaky.outDir);
    expect(leaky.code).not.toBe(0);
    expect(leaky.output).toContain(
      `events/${PATCH}/index.html: <a href="https://raw.example/"> leaves the site without rel="noopener noreferrer"`,
    );
    expect(leaky.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
