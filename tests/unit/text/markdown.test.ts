import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../src/lib/text/markdown.ts';

describe('markdownToHtml', () => {
  it('gives links to other sites rel="noopener noreferrer"', () => {
    expect(markdownToHtml('See [the paper](https://example.org/a?b=1&c=2).')).toBe(
      '<p>See <a rel="noopener noreferrer" href="https://example.org/a?b=1&amp;c=2">the paper</a>.</p>\n',
    );
  });

  it('leaves links within the site as they are', () => {
    expect(markdownToHtml('[the patch](#2021-03-02-patch) and [sources](/sources/)')).toBe(
      '<p><a href="#2021-03-02-patch">the patch</a> and <a href="/sources/">sources</a></p>\n',
    );
  });

  it('keeps emphasis inside an external link', () => {
    expect(markdownToHtml('[*the* report](https://example.org/)')).toBe(
      '<p><a rel="noopener noreferrer" href="https://example.org/"><em>the</em> report</a></p>\n',
    );
  });

  it('sets typographic quotes, dashes and ellipses, as MDX does for event bodies', () => {
    expect(markdownToHtml(`China's embassy called it "a fabrication" -- and "*said so*", wait...`)).toBe(
      '<p>China’s embassy called it “a fabrication” — and “<em>said so</em>”, wait…</p>\n',
    );
  });

  it('leaves addresses, code and backslash-escaped quotes straight, and still escapes & and <', () => {
    expect(markdownToHtml('[it\'s](https://example.org/it\'s) `a--b "c"` \\"as typed\\" AT&T 5 < 6')).toBe(
      '<p><a rel="noopener noreferrer" href="https://example.org/it&#39;s">it’s</a> <code>a--b &quot;c&quot;</code> ' +
        '&quot;as typed&quot; AT&amp;T 5 &lt; 6</p>\n',
    );
  });
});
