import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderShareImage, stripImage } from '../../../src/build/shareImage.ts';
import { shareCard } from '../../../src/lib/publish/shareCard.ts';
import { type CardSource, eventCardContent } from '../../../src/lib/publish/shareCardContent.ts';
import { events, story, threads } from '../support/storyFixture.ts';

const id = '2021-03-02-patch';

/** The pixels of an event's share card, drawn with no cache from `source`. */
async function pixels(source: CardSource): Promise<Buffer> {
  const content = eventCardContent(
    source,
    source.events.find((e) => e.id === id)!,
  );
  const png = await renderShareImage(shareCard(content, await stripImage(content, {})), {});
  return PNG.sync.read(Buffer.from(png)).data;
}

/** How many pixels two images of the same size differ in. */
function differing(a: Buffer, b: Buffer): number {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (a.readUInt32BE(i) !== b.readUInt32BE(i)) n++;
  return n;
}

describe('a share image', () => {
  // Text reaches the image only as satori's glyph paths: resvg is given no fonts of its own, so text
  // left as SVG <text> would silently vanish from every card.
  it('shows its headline and its summary: changing either redraws thousands of pixels', async () => {
    const source: CardSource = { story, threads, events };
    const drawn = await pixels(source);
    const retitled = events.map((e) => (e.id === id ? { ...e, title: 'Something else happened that day' } : e));
    const resummarised = events.map((e) => (e.id === id ? { ...e, summary: 'A wholly different summary.' } : e));
    expect(differing(drawn, await pixels({ ...source, events: retitled }))).toBeGreaterThan(2000);
    expect(differing(drawn, await pixels({ ...source, events: resummarised }))).toBeGreaterThan(2000);
  });
});
