import { describe, expect, it } from 'vitest';
import { excerptParts } from '../../../src/lib/browse/excerptParts.ts';

describe('excerptParts', () => {
  it('marks the words Pagefind highlighted and keeps the text around them', () => {
    expect(excerptParts('the <mark>patch</mark> for <mark>Exchange</mark>')).toEqual([
      { text: 'the ', marked: false },
      { text: 'patch', marked: true },
      { text: ' for ', marked: false },
      { text: 'Exchange', marked: true },
    ]);
  });

  it('turns escaped angle brackets back into text, so page text reads as written', () => {
    expect(excerptParts('a &lt;Figure&gt; tag')).toEqual([{ text: 'a <Figure> tag', marked: false }]);
  });

  it('keeps any other tag as literal text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)><mark>hit</mark><script>x</script>';
    expect(excerptParts(hostile)).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'hit', marked: true },
      { text: '<script>x</script>', marked: false },
    ]);
  });

  it('leaves ampersands alone, as Pagefind does not escape them', () => {
    expect(excerptParts('AT&amp;T &amp; more')).toEqual([{ text: 'AT&amp;T &amp; more', marked: false }]);
  });

  it('gives nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
