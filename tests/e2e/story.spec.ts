import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';

test('the story lists its events in date order, each with a machine-readable date', async ({ page }) => {
  await page.goto('/');
  const steps = page.locator('article[data-event-id]');
  await expect(steps).toHaveCount(3);
  const datetimes = await steps
    .locator('time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  const instants = datetimes.map((d) => Date.parse(d.length === 7 ? `${d}-01` : d));
  expect(instants).toEqual([...instants].sort((a, b) => a - b));
  await expect(steps.first().getByRole('heading')).toContainText('DEVCORE');
});

test('the time axis is drawn at build time, with a tick per month and a mark per event', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  const graphic = page.locator('svg[data-timeline-graphic]');
  await expect(graphic).toBeVisible();
  await expect(graphic.locator('[data-tick]')).toHaveText(['Jan 2021', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul']);
  await expect(graphic.locator('[data-event-id]')).toHaveCount(3);
  await context.close();
});

test('the story page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
});
