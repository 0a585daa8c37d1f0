import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG levels every page must meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page and fails with a readable list of violations, if any. Parts the browser skips
 * rendering until they come near the screen (content-visibility: auto, the story's steps) are rendered
 * first, as a reader sees each when it gets there: skipped, their links sit at estimated places that
 * overlap the next step's, which axe's target-size rule would measure.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const before = await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return document.adoptedStyleSheets.length - 1;
  });
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  await page.evaluate((keep) => (document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, keep)), before);
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
