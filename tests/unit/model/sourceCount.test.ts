import { describe, expect, it } from 'vitest';
import { countSources } from '../../../src/lib/model/sourceCount.ts';

const cites = (...urls: string[]) => ({ sources: urls.map((url) => ({ url })) });

describe('countSources', () => {
  it('counts every citation, and a document cited by two events once', () => {
    const count = countSources([cites('https://a.example/1', 'https://b.example/2'), cites('https://a.example/1')]);
    expect(count).toEqual({ citations: 3, documents: 2 });
  });

  it('counts nothing for no events', () => {
    expect(countSources([])).toEqual({ citations: 0, documents: 0 });
  });
});
