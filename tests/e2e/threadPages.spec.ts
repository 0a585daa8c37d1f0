import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { pathOf, publishedFeed } from './support/site.ts';

test("each thread's page lists its events in reading order, linked to their pages and into the story", async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  for (const thread of new Map(events.map((e) => [e.thread.id, e.thread])).values()) {
    await page.goto(`/threads/${thread.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(thread.label);
    const own = events.filter((e) => e.thread.id === thread.id);
    const items = page.locator('[data-thread-events] > li');
    await expect(items).toHaveCount(own.length);
    for (const [i, event] of own.entries()) {
      await expect(items.nth(i)).toHaveAttribute('data-event-id', event.id);
      await expect(items.nth(i).getByRole('link', { name: event.title, exact: true })).toHaveAttribute(
        'href',
        pathOf(event.url),
      );
      await expect(items.nth(i).getByRole('link', { name: /^Read it in the story/ })).toHaveAttribute(
        'href',
        pathOf(event.storyUrl),
      );
    }
  }
});

test("an event page's thread label leads to the thread's page", async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  await page.goto(pathOf(events[0].url));
  await page.locator('a[data-thread-label]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(events[0].thread.label);
});

test('a thread page has no WCAG 2.2 AA violations, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/threads/exploitation/');
    await expectNoAxeViolations(page);
  }
});
