import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { pathOf, publishedFeed } from './support/site.ts';

test('every published event has a page with its title, date, sources and a way back into the story', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  expect(events.length).toBeGreaterThan(0);
  for (const [i, event] of events.entries()) {
    await page.goto(pathOf(event.url));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
    await expect(page.locator(`time[datetime="${event.date.iso}"]`).first()).toHaveText(event.date.label);
    await expect(page.locator('[data-source-list] > li')).toHaveCount(event.sources.length);
    await expect(page.locator('[data-read-in-story]')).toHaveAttribute('href', pathOf(event.storyUrl));
    await expect(page.locator('a[rel="prev"]')).toHaveCount(i === 0 ? 0 : 1);
    await expect(page.locator('a[rel="next"]')).toHaveCount(i === events.length - 1 ? 0 : 1);
  }
});

test('"Read it in the story" opens the story at that event', async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  const event = events[events.length - 1];
  await page.goto(pathOf(event.url));
  await page.locator('[data-read-in-story]').click();
  await expect(page).toHaveURL(new RegExp(`#${event.id}$`));
  await expect(page.locator(`article[data-event-id="${event.id}"]`)).toBeInViewport();
});

test('previous and next walk the events in reading order', async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  expect(events.length).toBeGreaterThan(1);
  await page.goto(pathOf(events[0].url));
  await page.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(events[1].title);
  await page.locator('a[rel="prev"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(events[0].title);
});

test("an event's actors link to profiles that list that actor's events in order", async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  const event = events.find((e) => e.actors.length > 0)!;
  const actor = event.actors[0];
  await page.goto(pathOf(event.url));
  await page.locator(`[data-actor-link="${actor.id}"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(actor.name);
  const expected = events.filter((e) => e.actors.some((a) => a.id === actor.id)).map((e) => e.id);
  const listed = await page
    .locator('[data-actor-events] > li')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
  expect(listed).toEqual(expected);
});

test('the sources page lists every cited source under its publisher, linked to the events citing it', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  await page.goto('/sources/');
  for (const event of events) {
    for (const source of event.sources) {
      const entry = page.locator(`section[data-publisher] li[data-source-url="${source.url}"]`);
      await expect(entry).toHaveCount(1);
      const group = await entry.locator('xpath=ancestor::section').getAttribute('data-publisher');
      expect(source.publisher.startsWith(group!), `${source.publisher} filed under ${group}`).toBe(true);
      await expect(entry.locator(`a[data-cited-by="${event.id}"]`)).toHaveAttribute('href', pathOf(event.url));
    }
  }
});

test('a missing address answers 404 with a search box and a link to the story', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.getByRole('searchbox', { name: 'Search the events' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Read the story/ })).toHaveAttribute('href', '/');
});

test('"Copy link" copies the event\'s address and says so', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { events } = await publishedFeed(request);
  await page.goto(pathOf(events[0].url));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(events[0].url);
});

// With scripting off: what the page must still do without it.
test.describe(() => {
  test.use({ javaScriptEnabled: false });

  test('share actions that need JavaScript stay hidden without it, and email still works', async ({
    page,
    request,
  }) => {
    const { events } = await publishedFeed(request);
    await page.goto(pathOf(events[0].url));
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Email', exact: true })).toHaveAttribute('href', /^mailto:\?subject=/);
  });
});

for (const [name, path] of [
  ['an event page', 'event'],
  ['an actor page', 'actor'],
  ['the sources page', '/sources/'],
  ['the 404 page', '/no-such-page/'],
] as const) {
  test(`${name} has no WCAG 2.2 AA violations, in light and dark`, async ({ page, request }) => {
    const { events } = await publishedFeed(request);
    const url = path === 'event' ? pathOf(events[0].url) : path === 'actor' ? pathOf(events[0].actors[0].url) : path;
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expectNoAxeViolations(page);
    }
  });
}
