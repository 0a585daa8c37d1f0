import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DRAWING_CODE,
  type DrawOptions,
  FONT_FILES,
  renderShareImage,
  stripImage,
} from '../../../src/build/shareImage.ts';
import { shareCard } from '../../../src/lib/publish/shareCard.ts';
import { type CardSource, eventCardContent } from '../../../src/lib/publish/shareCardContent.ts';
import { events, story, threads } from '../support/storyFixture.ts';

/** What a poisoned cache entry holds: never a PNG any drawing makes. */
const STALE = Buffer.from('a stale image');

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'share-image-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The PNG of an event's card, drawn from `source` as the og route draws it. */
async function cardImage(source: CardSource, id: string, options: DrawOptions): Promise<Buffer> {
  const content = eventCardContent(
    source,
    source.events.find((e) => e.id === id)!,
  );
  return Buffer.from(await renderShareImage(shareCard(content, await stripImage(content, options)), options));
}

/** Replaces every cached image with STALE, so a later hit is visible in the result. */
function poisonCache(): void {
  for (const name of readdirSync(dir)) writeFileSync(join(dir, name), STALE);
}

const source: CardSource = { story, threads, events };
const id = '2021-03-02-patch';

/**
 * Draws once into the cache, poisons it, checks that the unchanged input is now served from it,
 * then that the changed input is drawn afresh: the same bytes as drawing it with no cache at all.
 */
async function expectRedrawn(changed: { source?: CardSource; options?: DrawOptions }): Promise<void> {
  await cardImage(source, id, { cacheDir: dir });
  poisonCache();
  expect(await cardImage(source, id, { cacheDir: dir })).toEqual(STALE);
  const fresh = await cardImage(changed.source ?? source, id, { ...changed.options, cacheDir: undefined });
  const served = await cardImage(changed.source ?? source, id, { ...changed.options, cacheDir: dir });
  expect(served).not.toEqual(STALE);
  expect(served).toEqual(fresh);
}

describe('the share-image cache', () => {
  it('draws a missing image, keeps it, and gives the same bytes back on the next build', async () => {
    const drawn = await cardImage(source, id, { cacheDir: dir });
    expect(drawn.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(await cardImage(source, id, { cacheDir: undefined })).toEqual(drawn);
    // The card and the strip's two backdrops are never more than three files.
    const files = readdirSync(dir);
    expect(files.length).toBeGreaterThan(0);
    expect(files.some((f) => readFileSync(join(dir, f)).equals(drawn))).toBe(true);
    expect(await cardImage(source, id, { cacheDir: dir })).toEqual(drawn);
  });

  it("draws again when the event's title changes", async () => {
    const edited = events.map((e) => (e.id === id ? { ...e, title: 'Microsoft ships four fixes' } : e));
    await expectRedrawn({ source: { ...source, events: edited } });
  });

  it("draws again when the event's summary changes", async () => {
    const edited = events.map((e) => (e.id === id ? { ...e, summary: 'A different summary of the patch.' } : e));
    await expectRedrawn({ source: { ...source, events: edited } });
  });

  it('draws again when another event moves on the strip (its date)', async () => {
    const other = events.find((e) => e.id !== id && !e.background)!;
    const start = new Date(other.date.start.getTime() + 40 * 86_400_000);
    const moved = events.map((e) => (e === other ? { ...e, date: { ...e.date, start } } : e));
    await expectRedrawn({ source: { ...source, events: moved } });
  });

  it("draws again when the event's thread changes colour", async () => {
    const recoloured = threads.map((t) => (t.id === 'patch' ? { ...t, color: 'green' as const } : t));
    await expectRedrawn({ source: { ...source, threads: recoloured } });
  });

  it("draws again when the story's title changes", async () => {
    await expectRedrawn({ source: { ...source, story: { ...story, title: 'The Exchange breach: a timeline' } } });
  });

  it('draws again when a font changes', async () => {
    const fonts = FONT_FILES.map((f) =>
      f.name === 'Source Serif 4' ? { ...f, file: f.file.replace('-700-', '-600-') } : f,
    );
    await expectRedrawn({ options: { fonts } });
  });

  it('draws again when the drawing code changes', async () => {
    const code = DRAWING_CODE.map((part, i) => (i === 0 ? `${part}\n// a change to the card's layout` : part));
    await expectRedrawn({ options: { code } });
  });

  it('keys on the source of the modules that draw the card, as they are on disk', () => {
    const modules = ['src/lib/publish/shareCard.ts', 'src/lib/publish/shareCardStrip.ts', 'src/build/shareImage.ts'];
    for (const file of modules) expect(DRAWING_CODE).toContain(readFileSync(file, 'utf8'));
  });

  it('draws when the cache folder cannot be written, and fails nothing', async () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const drawn = await cardImage(source, id, { cacheDir: file });
    expect(drawn).toEqual(await cardImage(source, id, { cacheDir: undefined }));
  });
});
