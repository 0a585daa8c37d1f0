import { expect, test } from '@playwright/test';
import { auditBuild } from '../../src/integrations/buildAudit.ts';
import { publishedEvents } from './support/content.ts';
import { publishedFeed } from './support/site.ts';
import { stepIds } from './support/story.ts';

/** The ids of the published (non-draft) event files in content/events, sorted. */
const onDisk = publishedEvents()
  .map((e) => e.id)
  .sort();

test('every published event file is in the story, on its own page, in events.json and in the feed, and nothing else is', async ({
  page,
  request,
}) => {
  expect(onDisk.length).toBeGreaterThan(0);
  await page.goto('/');
  expect((await stepIds(page)).sort()).toEqual(onDisk);

  const feed = await publishedFeed(request);
  expect(feed.count).toBe(onDisk.length);
  expect(feed.events.map((e) => e.id).sort()).toEqual(onDisk);

  const xml = await (await request.get('/feed.xml')).text();
  const items = [...xml.matchAll(/<item>[\s\S]*?<link>([^<#]*)<\/link>/g)].map((m) =>
    new URL(m[1]).pathname.replace(/^\/events\/|\/$/g, ''),
  );
  expect(items.sort()).toEqual(onDisk);

  for (const id of onDisk) {
    const response = await request.get(`/events/${id}/`);
    expect(response.status(), id).toBe(200);
    expect(await response.text()).toContain(`data-event-page="${id}"`);
  }
});

test('the build under test passed the build audit: no lost event, nothing loaded from elsewhere, no unsafe link', async ({
  request,
}) => {
  const { url } = await publishedFeed(request);
  expect(auditBuild(process.cwd(), 'dist', new URL(url).origin)).toEqual([]);
});

test("when the story's script fails to load, the page stays complete and its links still work", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const blocked: string[] = [];
  await page.route('**/_astro/TimelineStory*.js', (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  await expect(page.locator('timeline-story')).not.toHaveAttribute('data-enhanced');

  // Every event is there to read, in full, with the graphic drawn at build time.
  const ids = await stepIds(page);
  expect([...ids].sort()).toEqual(onDisk);
  for (const id of ids) {
    const step = page.locator(`article[id="${id}"]`);
    await expect(step.getByRole('heading', { level: 3 })).not.toBeEmpty();
    expect(await step.evaluate((el) => el.checkVisibility())).toBe(true);
  }
  const marks = page.locator('svg[data-timeline-graphic] a[data-event-id]');
  expect((await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')))).sort()).toEqual(
    (await stepIds(page)).sort(),
  );
  await expect(page.getByRole('heading', { level: 2, name: 'What the attribution did and did not do' })).toBeVisible();

  // Links do what links do: a mark leads to its event, and an actor's name to their page.
  const last = ids[ids.length - 1];
  await page.locator(`svg a[data-event-id="${last}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#${last}$`));
  await expect(page.locator(`article[id="${last}"]`)).toBeInViewport();
  const actor = page.locator(`article[id="${ids[0]}"] a[href*="/actors/"]`).first();
  const href = (await actor.getAttribute('href'))!;
  await actor.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(errors).toEqual([]);
});
