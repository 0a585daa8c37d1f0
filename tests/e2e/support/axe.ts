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
  const rendered = await page.evaluate(() => {
    const skipped = [...document.querySelectorAll<HTMLElement>('*')].filter(
      (el) => getComputedStyle(el).contentVisibility === 'auto',
    );
    for (const el of skipped) el.style.setProperty('content-visibility', 'visible');
    return skipped.length;
  });
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (rendered > 0)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('[style*="content-visibility"]'))
        el.style.removeProperty('content-visibility');
    });
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}
