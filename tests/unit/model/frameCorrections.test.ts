import { describe, expect, it } from 'vitest';
import { correctionsOf, frameCorrections } from '../../../src/lib/model/frameCorrections.ts';
import { actors, story } from '../support/storyFixture.ts';

const entry = (passage: string, date = '2026-12-03') => ({ date, passage, text: `Fixed ${passage}.` });
const resolve = (...passages: string[]) =>
  frameCorrections({ chapters: story.chapters, corrections: passages.map((p) => entry(p)) }, actors);

describe('frameCorrections', () => {
  it('gives each passage the heading readers know it by and the route where it is read', () => {
    expect(resolve('intro', 'closing', 'methodology', 'chapters/before', 'actors/hafnium')).toEqual([
      expect.objectContaining({ passage: 'intro', title: 'Introduction', path: '#intro' }),
      expect.objectContaining({
        passage: 'closing',
        title: 'What the attribution did and did not do',
        path: '#closing',
      }),
      expect.objectContaining({ passage: 'methodology', title: 'How we made this', path: 'how-we-made-this/' }),
      expect.objectContaining({ passage: 'chapters/before', title: 'Before the patch', path: '#chapter-before' }),
      expect.objectContaining({ passage: 'actors/hafnium', title: 'HAFNIUM', path: 'actors/hafnium/' }),
    ]);
  });

  it('numbers the corrections of each passage, so every log entry has its own anchor', () => {
    expect(resolve('closing', 'actors/hafnium', 'closing').map((c) => c.anchor)).toEqual([
      'correction-closing-1',
      'correction-actors-hafnium-1',
      'correction-closing-2',
    ]);
  });

  it('keeps the date and the text as the editor wrote them', () => {
    expect(resolve('intro')[0]).toMatchObject({ date: '2026-12-03', text: 'Fixed intro.' });
  });

  it('leaves out a passage that names no known chapter or actor', () => {
    expect(resolve('chapters/nowhere', 'actors/nobody')).toEqual([]);
  });

  it("picks out one passage's corrections for the note beside it", () => {
    const all = resolve('closing', 'intro', 'closing');
    expect(correctionsOf(all, 'closing').map((c) => c.anchor)).toEqual([
      'correction-closing-1',
      'correction-closing-2',
    ]);
    expect(correctionsOf(all, 'actors/hafnium')).toEqual([]);
  });
});
