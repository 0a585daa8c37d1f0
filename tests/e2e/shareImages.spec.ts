import { expect, test } from '@playwright/test';
import { pathOf, publishedFeed } from './support/site.ts';

/** Width and height from a PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the story and every published event have a 1200×630 PNG share image', async ({ request }) => {
  const { events } = await publishedFeed(request);
  const images = ['/og/story.png', ...events.map((e) => pathOf(e.image))];
  for (const image of images) {
    const response = await request.get(image);
    expect(response.ok(), image).toBe(true);
    expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
  }
});
