import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectFrameFits } from './support/embeds.ts';
import { pathOf, publishedFeed } from './support/site.ts';

const loaderCode = (page: Page) => page.getByRole('textbox', { name: 'Recommended: sizes itself' });
const iframeCode = (page: Page) => page.getByRole('textbox', { name: 'Plain iframe: no script' });
const preview = (page: Page) => page.locator('iframe[data-builder-frame]');

test("an event page's Embed action opens the builder on that event, ready to copy", async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  const event = events[3];
  await page.goto(pathOf(event.url));
  await page.locator('[data-embed-action] a').click();
  await expect(page).toHaveURL(`/embed/?widget=event&event=${event.id}`);
  await expect(page.getByRole('radio', { name: 'One event' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(event.id);
  await expect(loaderCode(page)).toHaveValue(new RegExp(`data-timeline-embed="event/${event.id}/"`));
  await expect(loaderCode(page)).toHaveValue(new RegExp(`<a href="[^"]*/events/${event.id}/">`));
  await expect(preview(page)).toHaveAttribute('src', `/embed/event/${event.id}/`);
  await expect(preview(page)).toHaveAttribute('title', `Preview: ${event.title}`);
});

test('the builder gives WordPress the address of the chosen page, whose oEmbed response shows that widget', async ({
  page,
  request,
}) => {
  const { events } = await publishedFeed(request);
  const event = events[3];
  await page.goto(`/embed/?widget=event&event=${event.id}`);
  const address = page.getByRole('textbox', { name: 'WordPress: paste the page’s address' });
  await expect(address).toHaveValue(event.url);
  const oembed = await page.locator('[data-oembed-json]').getAttribute('href');
  const response = (await (await request.get(pathOf(oembed!))).json()) as { html: string };
  expect(response.html).toContain(`<blockquote><a href="${event.url}">`);
  expect(response.html).toContain(`/embed/event/${event.id}/"`);
  await page.getByRole('radio', { name: 'The whole timeline' }).check();
  await expect(address).toHaveValue(new URL('/', event.url).href);
});

test("an event's Embed action in the story opens the builder on that event", async ({ page, request }) => {
  const { events } = await publishedFeed(request);
  const event = events.at(-1)!;
  await page.goto(`/#${event.id}`);
  await page.locator(`article[data-event-id="${event.id}"] [data-embed-action]`).click();
  await expect(page.getByRole('combobox', { name: 'Event' })).toHaveValue(event.id);
});

test('every choice is made from the keyboard, and the code, the preview and the address follow', async ({ page }) => {
  await page.goto('/embed/');
  await page.getByRole('radio', { name: 'The whole timeline' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'One thread' })).toBeChecked();
  const thread = page.getByRole('combobox', { name: 'Thread' });
  await expect(thread).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Event' })).toBeHidden();
  await thread.focus();
  await page.keyboard.press('ArrowDown');
  const id = await thread.inputValue();
  await page.getByRole('radio', { name: 'Follow the reader’s setting' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Always light' })).toBeChecked();
  await expect(loaderCode(page)).toHaveValue(new RegExp(`data-timeline-embed="thread/${id}/\\?theme=light"`));
  await expect(iframeCode(page)).toHaveValue(new RegExp(`src="[^"]*/embed/thread/${id}/\\?theme=light"`));
  await expect(preview(page)).toHaveAttribute('src', `/embed/thread/${id}/?theme=light`);
  await expect(page).toHaveURL(`/embed/?widget=thread&thread=${id}&theme=light`);

  // The width slider answers the arrow keys, and the frame keeps fitting the widget.
  const slider = page.getByRole('slider', { name: 'Width' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(page.locator('[data-builder-size]')).toHaveText('280 px wide');
  await expectFrameFits(preview(page));
  const narrow = await preview(page).evaluate((el) => el.getBoundingClientRect().height);
  await page.keyboard.press('End');
  await expect(page.locator('[data-builder-size]')).not.toHaveText('280 px wide');
  const wide = await expectFrameFits(preview(page));
  expect(wide.frame).toBeLessThan(narrow);
  // The plain iframe's code carries the height the preview measured.
  await expect(iframeCode(page)).toHaveValue(new RegExp(`height="${Math.round(wide.frame)}"`));
});

test('a date window goes into the code, and one that runs backwards is explained and left out', async ({ page }) => {
  await page.goto('/embed/');
  await page.getByLabel('From').fill('2021-03-01');
  await page.getByLabel('To').fill('2021-03-31');
  await expect(loaderCode(page)).toHaveValue(/data-timeline-embed="timeline\/\?from=2021-03-01&amp;to=2021-03-31"/);
  await expect(preview(page)).toHaveAttribute('src', '/embed/timeline/?from=2021-03-01&to=2021-03-31');
  await page.getByLabel('From').fill('2021-04-15');
  await expect(page.locator('[data-date-status]')).toHaveText('The first day is after the last, so neither applies.');
  await expect(loaderCode(page)).toHaveValue(/data-timeline-embed="timeline\/"/);
});

test('the copy buttons copy exactly the code shown, and say so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/embed/?widget=thread&thread=exploitation&theme=dark');
  for (const [name, code] of [
    ['Copy the code', loaderCode(page)],
    ['Copy the iframe', iframeCode(page)],
    ['Copy the address', page.getByRole('textbox', { name: 'WordPress: paste the page’s address' })],
  ] as const) {
    await page.getByRole('button', { name }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Copied. Paste it into your page.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
  }
});

test('an address naming an unknown widget opens the builder on the timeline', async ({ page }) => {
  await page.goto('/embed/?widget=event&event=%3Cscript%3E');
  await expect(page.getByRole('radio', { name: 'The whole timeline' })).toBeChecked();
  await expect(loaderCode(page)).toHaveValue(/data-timeline-embed="timeline\/"/);
});

test('without JavaScript the builder shows the code for the timeline and lists every widget', async ({
  browser,
  request,
}) => {
  const { events } = await publishedFeed(request);
  const threads = new Set(events.map((e) => e.thread.id));
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/embed/');
  await expect(loaderCode(page)).toHaveValue(/data-timeline-embed="timeline\/"[\s\S]*embed\/v1\.js/);
  await expect(iframeCode(page)).toHaveValue(/<iframe src="[^"]*\/embed\/timeline\/"/);
  await expect(page.locator('[data-builder-form]')).toBeHidden();
  await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
  await expect(preview(page)).toHaveAttribute('src', '/embed/timeline/');
  const listed = page.locator('[data-widget-directory] a[href^="/embed/"]');
  await expect(listed).toHaveCount(1 + threads.size + events.length);
  await context.close();
});

test('the builder has no WCAG 2.2 AA violations, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/embed/?widget=event&event=2021-03-02-microsoft-releases-emergency-patches');
    await expect(page.locator('[data-builder-form]')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
