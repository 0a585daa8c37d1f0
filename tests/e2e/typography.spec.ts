import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './support/pageTypes.ts';

/**
 * Editors type plain quotes; readers should see typographic ones everywhere, in the text MDX renders and
 * in the fields the schemas typeset (titles, summaries, notes, sources, names) alike.
 */
for (const { name, path } of PAGE_TYPES) {
  test(`${name} shows typographic quotes and apostrophes, never typewriter ones`, async ({ page }) => {
    await page.goto(path);
    const straight = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('code, pre, textarea, script, style, [hidden]')) continue;
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/["']/g))
          found.push(text.slice(Math.max(0, match.index - 30), match.index + 20));
      }
      return found;
    });
    expect(straight).toEqual([]);
  });
}
