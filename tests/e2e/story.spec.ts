import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { publishedEvents } from './support/content.ts';

const events = publishedEvents();

test('the story lists its events in date order, each with a machine-readable date', async ({ page }) => {
  await page.goto('/');
  const steps = page.locator('article[data-event-id]');
  await expect(steps).toHaveCount(events.length);
  const datetimes = await steps
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  // Compared by calendar day: on 19 July a chapter's timed items precede the next chapter's all-day ones.
  const days = datetimes.map((d) => (d.length === 7 ? `${d}-01` : d.slice(0, 10)));
  expect(days).toEqual([...days].sort());
  await expect(steps.first().getByRole('heading')).toContainText('APT10');
});

test('the time axis is drawn at build time, with a tick per month and a mark per event', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const graphic = page.locator('svg[data-timeline-graphic]');
  await expect(graphic).toBeVisible();
  await expect(graphic.locator('[data-tick]')).toHaveText(['Jan 2021', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
  await expect(graphic.locator('[data-event-id]')).toHaveCount(events.filter((e) => !e.background).length);
  await context.close();
});

test('the story page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
});
