import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AstroRun, buildWith, fixtureCopy } from './astro.ts';

// The fixture's story.yaml corrects its closing and the hafnium actor on 2 August 2021.
describe('corrections to the frame and to actors, in a built fixture story', () => {
  let run: AstroRun;
  const page = (path: string) => readFileSync(join(run.outDir, path), 'utf8');

  beforeAll(async () => {
    run = await buildWith(fixtureCopy('frame-corrections'));
  });
  afterAll(() => rmSync(run.outDir, { recursive: true, force: true }));

  it('builds', () => {
    expect(run.code, run.output).toBe(0);
  });

  it('lists both in the corrections log, each linking to what it corrects', () => {
    const log = page('how-we-made-this/index.html');
    expect(log).toMatch(
      /<li id="correction-closing-1"[^>]*data-correction="closing"[^>]*>[\s\S]*?<a href="\/#closing"[^>]*>\s*What the attribution did and did not do\s*<\/a>\s*: An earlier version of the closing named the wrong country\./,
    );
    expect(log).toMatch(
      /<li id="correction-actors-hafnium-1"[^>]*data-correction="actors\/hafnium"[^>]*>[\s\S]*?<a href="\/actors\/hafnium\/"[^>]*>\s*HAFNIUM\s*<\/a>/,
    );
    expect(log).not.toContain('data-corrections-empty');
  });

  it('shows the closing correction beside the closing on the story page, dated', () => {
    const closing = /<section id="closing"[\s\S]*?<\/section>/.exec(page('index.html'))?.[0] ?? '';
    expect(closing).toMatch(/data-passage-corrections[\s\S]*2 August 2021[\s\S]*named the wrong country/);
    const intro = /<div id="intro"[\s\S]*?<\/div>/.exec(page('index.html'))?.[0] ?? '';
    expect(intro).not.toContain('data-passage-corrections');
  });

  it("shows the actor's correction on its profile, and on no other actor's", () => {
    expect(page('actors/hafnium/index.html')).toMatch(/data-passage-corrections[\s\S]*gave the wrong month/);
    expect(page('actors/microsoft/index.html')).not.toContain('data-passage-corrections');
  });

  it('sends both to feed readers, each linking to its entry in the log', () => {
    const feed = page('feed.xml');
    expect(feed).toMatch(
      /<item><title>Correction: HAFNIUM<\/title><link>[^<]*\/how-we-made-this\/#correction-actors-hafnium-1<\/link>/,
    );
    expect(feed).toMatch(/<link>[^<]*\/how-we-made-this\/#correction-closing-1<\/link>/);
  });
});
