import { expect, test } from '@playwright/test';
import { countSources } from '../../src/lib/sourceCount.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { publishedEvents } from './support/content.ts';

const events = publishedEvents();

test('the methodology page says when it was last updated and how many sources the story cites', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we made this');
  await expect(page.locator('[data-last-updated] time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  const { citations, documents } = countSources(events);
  await expect(page.locator('[data-stat="events"]')).toHaveText(String(events.length));
  await expect(page.locator('[data-stat="citations"]')).toHaveText(String(citations));
  await expect(page.locator('[data-stat="documents"]')).toHaveText(String(documents));
  await expect(page.getByRole('heading', { name: /^What .confirmed. means here$/ })).toBeVisible();
});

test('the corrections log lists every correction, each linking to its event on the story', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await expect(page.getByRole('heading', { name: 'Corrections log' })).toBeVisible();
  const expected = events.flatMap((e) => e.corrections.map(() => e.id));
  const items = page.locator('[data-correction]');
  await expect(items).toHaveCount(expected.length);
  await expect(page.locator('[data-corrections-empty]')).toHaveCount(expected.length ? 0 : 1);
  for (const id of new Set(expected))
    await expect(page.locator(`[data-correction="${id}"] a`).first()).toHaveAttribute('href', `/#${id}`);
});

test('the methodology page links back to the story', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await page.getByRole('link', { name: /The Exchange hack/ }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the methodology page has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/how-we-made-this/');
  await expectNoAxeViolations(page);
});
