import { describe, expect, it } from 'vitest';
import { smartPunctuation } from '../../../src/lib/text/smartPunctuation.ts';

describe('smartPunctuation', () => {
  it('curls quotes and apostrophes and sets dashes and ellipses', () => {
    expect(smartPunctuation(`China's embassy called it "a fabrication" -- and 'baseless'...`)).toBe(
      'China’s embassy called it “a fabrication” — and ‘baseless’…',
    );
  });

  it('keeps a backslash-escaped character as typed, without the backslash or an entity', () => {
    expect(smartPunctuation('the \\"quoted\\" word \\-- kept')).toBe('the "quoted" word -- kept');
  });

  it('leaves text that is not punctuation alone, including & and <', () => {
    for (const text of [
      'AT&T patched fewer than <10 servers > 5',
      'CVE-2021-26855',
      'https://example.org/a-b',
      'C:\\path',
    ])
      expect(smartPunctuation(text)).toBe(text);
  });
});
