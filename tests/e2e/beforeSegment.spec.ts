import { expect, type Page, test } from '@playwright/test';
import { readContent } from '../../src/checks/readContent.ts';
import { publishedEvents } from './support/content.ts';
import { openStory, scrollStepToLine, STORY_VIEWPORTS } from './support/story.ts';

// Events from before the story's range get marks too: in a compact segment left of a break, with its own label,
// while the story's own axis keeps its linear scale.
const storyStart = (readContent(process.cwd()).story.data as { start: string }).start;
const early = publishedEvents().filter((e) => (e.end ?? e.date) < storyStart);

/** Each early event's dot and the first tick of the story's axis, as x positions in the page. */
async function positions(page: Page, root = 'svg[data-timeline-graphic]') {
  const svg = page.locator(root);
  const firstTick = (await svg.locator('[data-tick] line').first().boundingBox())!.x;
  const dots = [];
  for (const e of early) {
    const box = (await svg.locator(`a[data-event-id="${e.id}"] .tl-dot`).boundingBox())!;
    dots.push(box.x + box.width / 2);
  }
  return { firstTick, dots, box: (await svg.boundingBox())! };
}

test.describe('events before the story', () => {
  test.beforeAll(() => expect(early.length, 'the content has events from before the story').toBeGreaterThan(0));

  test('have marks left of the break, in order, labelled with their years, without JavaScript', async ({ browser }) => {
    for (const viewport of STORY_VIEWPORTS) {
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/');
      await page.locator('svg[data-timeline-graphic]').scrollIntoViewIfNeeded();
      const { firstTick, dots, box } = await positions(page);
      for (const x of dots) {
        expect(x).toBeGreaterThan(box.x);
        expect(x).toBeLessThan(firstTick - 8);
      }
      expect(dots).toEqual([...dots].sort((a, b) => a - b));
      const label = page.locator('.tl-before-axis text');
      await expect(label).toBeVisible();
      await expect(label).toHaveText(new RegExp(`^${early[0].date.slice(0, 4)}`));
      await expect(page.locator('.tl-break-mark')).toBeVisible();
      await context.close();
    }
  });

  test('leave the story axis linear: its month ticks sit in proportion to their dates', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const ticks = await page
      .locator('svg[data-timeline-graphic] [data-tick]')
      .evaluateAll((els) =>
        els.map((el) => [
          Date.parse(el.getAttribute('data-tick')!),
          el.querySelector('line')!.getBoundingClientRect().x,
        ]),
      );
    expect(ticks.length).toBeGreaterThan(3);
    const [[t0, x0], [t1, x1]] = [ticks[0], ticks.at(-1)!];
    for (const [t, x] of ticks) expect(Math.abs(x - (x0 + ((t - t0) / (t1 - t0)) * (x1 - x0)))).toBeLessThan(1.5);
    await context.close();
  });

  test('light up while their step is active, and the graphic shows them', async ({ browser }) => {
    for (const viewport of STORY_VIEWPORTS) {
      const page = await openStory(browser, viewport);
      for (const e of early) {
        await scrollStepToLine(page, e.id);
        await expect(page.locator(`article[id="${e.id}"]`)).toHaveAttribute('aria-current', 'step');
        const mark = page.locator(`svg[data-timeline-graphic] a[data-event-id="${e.id}"]`);
        await expect(mark).toHaveAttribute('data-active', 'true');
        await expect(page.locator('svg[data-timeline-graphic] a[data-active="true"]')).toHaveCount(1);
        await expect(page.locator('svg[data-timeline-graphic]')).not.toHaveAttribute('data-moving');
        const svg = (await page.locator('svg[data-timeline-graphic]').boundingBox())!;
        const dot = (await mark.locator('.tl-dot').boundingBox())!;
        expect(dot.x).toBeGreaterThanOrEqual(svg.x);
        expect(dot.x + dot.width).toBeLessThanOrEqual(svg.x + svg.width);
        await expect(page.locator(`svg[data-timeline-graphic] text[data-label-for="${e.id}"]`)).toBeVisible();
      }
      await page.close();
    }
  });

  test('have marks left of the break in the timeline and thread widgets, with or without JavaScript', async ({
    browser,
  }) => {
    const paths = ['/embed/timeline/', ...new Set(early.map((e) => `/embed/thread/${e.thread}/`))];
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        const shown = path === '/embed/timeline/' ? early : early.filter((e) => path.includes(`/${e.thread}/`));
        const svg = page.locator('svg[data-timeline-graphic]');
        const firstTick = (await svg.locator('[data-tick] line').first().boundingBox())!.x;
        const box = (await svg.boundingBox())!;
        for (const e of shown) {
          const dot = (await svg.locator(`a[data-event-id="${e.id}"] .tl-dot`).boundingBox())!;
          expect(dot.x, `${path} ${e.id}`).toBeGreaterThan(box.x);
          expect(dot.x + dot.width, `${path} ${e.id}`).toBeLessThan(firstTick);
        }
        await expect(page.locator('.tl-before-axis text')).toBeVisible();
      }
      await context.close();
    }
  });
});
