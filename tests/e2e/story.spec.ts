import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { publishedEvents } from './support/content.ts';
import { stepIds } from './support/story.ts';

const events = publishedEvents();

test('the story lists every published event in date order, each with a machine-readable date', async ({ page }) => {
  await page.goto('/');
  const steps = page.locator('ol > li > article[data-event-id]');
  await expect(steps).toHaveCount(events.length);
  const datetimes = await steps.evaluateAll((els) =>
    els.map((el) => el.querySelector('.step-meta time')?.getAttribute('datetime') ?? ''),
  );
  // Compared by calendar day: on 19 July a chapter's timed items precede the next chapter's all-day ones.
  const days = datetimes.map((d) => (d.length === 7 ? `${d}-01` : d.slice(0, 10)));
  expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
  expect(days).toEqual([...days].sort());
});

test('without JavaScript the page is complete and the graphic shows the whole timeline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.story-head time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const ids = await stepIds(page);
  for (const id of ids) {
    const step = page.locator(`article[id="${id}"]`);
    await expect(step).toHaveAttribute('data-event-id', id);
    await expect(step.getByRole('heading', { level: 3 })).toHaveCount(1);
    await expect(step.locator('time[datetime]').first()).toBeVisible();
    expect(await step.locator('.step-sources li').count()).toBeGreaterThan(0);
  }
  const graphic = page.locator('svg[data-timeline-graphic]');
  await expect(graphic).toBeVisible();
  // Drawn for 480 px, with the segment for earlier events left of a break: a tick every other month.
  await expect(graphic.locator('[data-tick]')).toHaveText(['Jan 2021', 'Mar', 'May', 'Jul']);
  const marks = graphic.locator('a[data-event-id]');
  const markIds = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''));
  expect(markIds.sort()).toEqual((await stepIds(page)).sort());
  expect(markIds).toHaveLength(events.length);
  const inside = await marks.evaluateAll((els) =>
    els.every((el) => {
      const cx = parseFloat(el.querySelector('circle')!.getAttribute('cx')!);
      return cx >= 0 && cx <= 100;
    }),
  );
  expect(inside).toBe(true);
  await expect(page.locator('[data-filters]')).toBeHidden();
  await expect(page.locator('[aria-current]')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'What the attribution did and did not do' })).toBeVisible();
  await context.close();
});

test('contested points and corrections are marked on their events', async ({ page }) => {
  await page.goto('/');
  const contested = page.locator('.step-contested');
  for (const note of await contested.all()) {
    await expect(note.getByRole('heading', { name: 'Contested' })).toBeVisible();
    await expect(note.locator('xpath=ancestor::article[@data-event-id]')).toHaveCount(1);
  }
  for (const note of await page.locator('.step-corrections').all())
    await expect(note.getByRole('heading', { name: /^Corrections?$/ })).toBeVisible();
});

test('every actor is linked to their page', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page.locator('.step-facts a').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  expect(hrefs.every((h) => /\/actors\/[a-z0-9-]+\/$/.test(h ?? ''))).toBe(true);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the story page has no WCAG 2.2 AA violations in the ${colorScheme} scheme, at the top and mid-story`, async ({
    browser,
  }) => {
    // Four full axe sweeps of a page of some fifty events: give a busy two-core machine room.
    test.slow();
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ colorScheme, viewport });
      const page = await context.newPage();
      await page.goto('/');
      await expectNoAxeViolations(page);
      const ids = await stepIds(page);
      await page.goto(`/#${ids[Math.floor(ids.length / 2)]}`);
      await expect(page.locator('article[aria-current="step"]')).toHaveCount(1);
      await expectNoAxeViolations(page);
      await context.close();
    }
  });
}

test('the dark scheme turns the page dark and keeps thread colours on the marks', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  const [paper, ink] = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.backgroundColor, style.color];
  });
  expect(paper).toBe('rgb(20, 20, 20)');
  expect(ink).toBe('rgb(236, 235, 232)');
  const fill = await page
    .locator('svg[data-timeline-graphic] .tl-mark:not(.is-open) .tl-dot')
    .first()
    .evaluate((el) => getComputedStyle(el).fill);
  expect(fill).not.toBe(paper);
  await context.close();
});

test('the graphic and the filters have their space from the first paint, so enhancing the page shifts nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Hold back the story's script, so the page can be measured as a reader sees it before enhancement.
  await page.route(/TimelineStory[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Module scripts delay DOMContentLoaded, so wait only for the markup to be parsed.
  await page.goto('/', { waitUntil: 'commit' });
  await page.locator('footer').waitFor({ state: 'attached' });
  await page.evaluate(() => document.fonts.ready);
  const layout = () =>
    page.evaluate(() =>
      ['svg[data-timeline-graphic]', '[data-filters]', '[data-chapter-section]', '.story-closing'].map((selector) => {
        const r = document.querySelector(selector)!.getBoundingClientRect();
        return [selector, Math.round(r.top + window.scrollY), Math.round(r.height)];
      }),
    );
  const before = await layout();
  release();
  await expect(page.locator('timeline-story')).toHaveAttribute('data-enhanced', '');
  expect(await layout()).toEqual(before);
});
