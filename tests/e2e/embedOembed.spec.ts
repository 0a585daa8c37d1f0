import { expect, test } from '@playwright/test';
import { expectFrameFits, recordOrigins } from './support/embeds.ts';
import { HostServer } from './support/hostServer.ts';
import { pathOf, publishedFeed } from './support/site.ts';

let host: HostServer;
test.beforeAll(async () => (host = await HostServer.start()));
test.afterAll(() => host.close());

/** The fields an oEmbed 1.0 rich response must have, with their types. */
const RICH: Record<string, string> = {
  type: 'string',
  version: 'string',
  html: 'string',
  width: 'number',
  height: 'number',
  title: 'string',
  provider_name: 'string',
  provider_url: 'string',
  thumbnail_url: 'string',
  thumbnail_width: 'number',
  thumbnail_height: 'number',
};

test('the story, a thread page and an event page lead by oEmbed discovery to JSON whose html shows the widget', async ({
  page,
  request,
  baseURL,
}) => {
  const { events } = await publishedFeed(request);
  const event = events.at(-1)!;
  const pages = [
    { path: '/', widget: 'timeline' },
    { path: `/threads/${event.thread.id}/`, widget: `thread/${event.thread.id}` },
    { path: pathOf(event.url), widget: `event/${event.id}` },
  ];
  for (const { path, widget } of pages) {
    await page.goto(path);
    const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveCount(1);
    const response = await request.get(pathOf((await link.getAttribute('href'))!));
    expect(response.ok(), path).toBe(true);
    const body = JSON.parse(await response.text()) as Record<string, unknown>;
    for (const [field, type] of Object.entries(RICH)) expect(typeof body[field], `${path}: ${field}`).toBe(type);
    expect(body).toMatchObject({ type: 'rich', version: '1.0', thumbnail_width: 1200, thumbnail_height: 630 });
    expect(await link.getAttribute('title')).toBeTruthy();

    // The share image it names is a 1200×630 PNG.
    const image = await request.get(pathOf(body.thumbnail_url as string));
    const png = await image.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    // Its html, pasted into another site's page, becomes the widget at the right height, loading only from the site.
    const site = body.provider_url as string;
    const html = (body.html as string).replaceAll(site, `${baseURL}/`);
    const origins = recordOrigins(page);
    await page.goto(host.page(html));
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('src', new RegExp(`/embed/${widget}/$`));
    await expect(iframe).toHaveAttribute('title', body.title as string);
    await expectFrameFits(iframe);
    expect([...origins].sort()).toEqual([host.origin, new URL(baseURL!).origin].sort());
  }
});

test('where scripts never run, the oEmbed html is a link to the page the widget stands for', async ({
  browser,
  request,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const body = (await (await request.get('/oembed/story.json')).json()) as { html: string; provider_url: string };
  await page.goto(host.page(body.html.replaceAll(body.provider_url, `${baseURL}/`)));
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('[data-timeline-embed] a')).toHaveAttribute('href', `${baseURL}/`);
  await context.close();
});
