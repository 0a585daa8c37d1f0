import { expect, test } from '@playwright/test';
import { contentFrame, expectFrameFits, loaderSnippet, measureFit, recordOrigins } from './support/embeds.ts';
import { HostServer } from './support/hostServer.ts';
import { publishedEvents } from './support/content.ts';

const events = publishedEvents();
const byThread = Map.groupBy(events, (e) => e.thread);
const busiestThread = [...byThread].sort((a, b) => b[1].length - a[1].length)[0][0];
const wordiest = [...events].sort((a, b) => b.summary.length - a.summary.length)[0];

/** One widget of each kind: the timeline, the thread with the most events, the event with the longest summary. */
const WIDGETS = [
  ['timeline', 'timeline/'],
  ['thread', `thread/${busiestThread}/`],
  ['event', `event/${wordiest.id}/`],
] as const;

let host: HostServer;
test.beforeAll(async () => (host = await HostServer.start()));
test.afterAll(() => host.close());

for (const [kind, widget] of WIDGETS) {
  for (const width of [320, 768, 1200]) {
    test(`the ${kind} widget's frame fits it exactly on a ${width} px host page, loading nothing from elsewhere`, async ({
      page,
      baseURL,
    }) => {
      const origins = recordOrigins(page);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(host.page(loaderSnippet(baseURL!, widget)));
      const iframe = page.locator('iframe');
      await expect(iframe).toHaveAttribute('title', 'The timeline');
      await expectFrameFits(iframe);
      expect([...origins].sort()).toEqual([host.origin, new URL(baseURL!).origin].sort());
    });
  }

  test(`the ${kind} widget resizes its frame when the host's width changes`, async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(host.page(loaderSnippet(baseURL!, widget)));
    const iframe = page.locator('iframe');
    const wide = await expectFrameFits(iframe);
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(async () => (await measureFit(iframe)).frame).toBeGreaterThan(wide.frame);
    await expectFrameFits(iframe);
  });

  test(`the ${kind} widget's frame grows and shrinks again with its content`, async ({ page, baseURL }) => {
    await page.goto(host.page(loaderSnippet(baseURL!, widget)));
    const iframe = page.locator('iframe');
    const before = await expectFrameFits(iframe);
    const frame = await contentFrame(iframe);
    await frame.evaluate(() => {
      const block = document.createElement('div');
      block.dataset.testBlock = '';
      block.style.height = '300px';
      document.querySelector('timeline-embed')!.append(block);
    });
    await expect.poll(async () => (await measureFit(iframe)).frame).toBeGreaterThanOrEqual(before.frame + 299);
    await expectFrameFits(iframe);
    await frame.evaluate(() => document.querySelector('[data-test-block]')!.remove());
    await expect.poll(async () => (await measureFit(iframe)).frame).toBeLessThanOrEqual(before.frame + 1);
    await expectFrameFits(iframe);
  });
}

test("a date window changes the timeline's content, and the frame follows", async ({ page, baseURL }) => {
  await page.goto(host.page(loaderSnippet(baseURL!, 'timeline/')));
  const whole = await expectFrameFits(page.locator('iframe'));
  await page.goto(host.page(loaderSnippet(baseURL!, 'timeline/?from=2021-07-18&to=2021-07-20')));
  const iframe = page.locator('iframe');
  const status = (await contentFrame(iframe)).locator('[data-embed-status]');
  await expect(status).toHaveText(/^18–20 July 2021: \d+ events$/);
  const narrowed = await expectFrameFits(iframe);
  expect(narrowed.frame).not.toBe(whole.frame);
});

test('messages from any window but the frame, and malformed ones from it, are ignored', async ({ page, baseURL }) => {
  const forged = { type: 'exchange-timeline:height', version: 1, widget: 'timeline', height: 4321 };
  await page.goto(
    host.page(`${loaderSnippet(baseURL!, 'event/' + wordiest.id + '/')}
<iframe src="${baseURL}/embed/timeline/" title="Another frame from the site" data-other height="200"></iframe>`),
  );
  const iframe = page.locator('iframe[title="The timeline"]');
  const fitted = await expectFrameFits(iframe);
  // Every height the host page gives the frame from now on.
  await iframe.evaluate((el: HTMLIFrameElement) => {
    const given: string[] = ((window as unknown as { given: string[] }).given = []);
    new MutationObserver(() => given.push(el.style.height)).observe(el, { attributeFilter: ['style'] });
  });
  // From the host page itself, and from another frame on the site's own origin.
  await page.evaluate((message) => window.postMessage(message, '*'), forged);
  await (
    await contentFrame(page.locator('iframe[data-other]'))
  ).evaluate((message) => window.parent.postMessage(message, '*'), forged);
  // From the widget's frame, but malformed: no height, a negative, absurd or non-numeric one, a future version.
  const widget = await contentFrame(iframe);
  await widget.evaluate((message) => {
    for (const bad of [
      { height: null },
      { height: -5 },
      { height: 1e9 },
      { height: '4321' },
      { version: 2 },
      { type: 'other' },
    ])
      window.parent.postMessage({ ...message, ...bad }, '*');
  }, forged);
  // A real change afterwards: once the frame has followed it, every forged message before it has been handled.
  await widget.evaluate(() => {
    const block = document.createElement('div');
    block.style.height = '120px';
    document.querySelector('timeline-embed')!.append(block);
  });
  await expect.poll(async () => (await measureFit(iframe)).frame).toBeGreaterThanOrEqual(fitted.frame + 119);
  await expectFrameFits(iframe);
  const given = await page.evaluate(() => (window as unknown as { given: string[] }).given);
  expect(given.length).toBeGreaterThan(0);
  expect(given.filter((height) => parseFloat(height) > 2000)).toEqual([]);
});

test('the real pym.js parent library sizes a bare iframe of the widget', async ({ page, baseURL }) => {
  await page.goto(
    host.page(`<div id="pym-timeline"></div>
<script src="/pym.v1.min.js"></script>
<script>new pym.Parent('pym-timeline', '${baseURL}/embed/timeline/', { title: 'The timeline' });</script>`),
  );
  const iframe = page.locator('#pym-timeline iframe');
  await expect(iframe).toHaveAttribute('src', /childId=pym-timeline/);
  await expect(iframe).toHaveAttribute('height', /^\d+px$/);
  await expectFrameFits(iframe);
});

test('an AMP-style host hears embed-size from the frame and sizes it', async ({ page, baseURL }) => {
  await page.goto(
    host.page(`<iframe src="${baseURL}/embed/event/${wordiest.id}/" title="The event" height="150" style="display:block;width:100%;border:0"></iframe>
<script>
  window.sizes = [];
  const frame = document.querySelector('iframe');
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    window.sizes.push(data.height);
    frame.style.height = data.height + 'px';
  });
</script>`),
  );
  const iframe = page.locator('iframe');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sizes: number[] }).sizes.length))
    .toBeGreaterThan(0);
  const fit = await expectFrameFits(iframe);
  const sizes = await page.evaluate(() => (window as unknown as { sizes: number[] }).sizes);
  expect(Math.abs(sizes.at(-1)! - fit.content)).toBeLessThanOrEqual(2);
});

test("a link in a widget opens the story in the host's own window, at the event", async ({ page, baseURL }) => {
  await page.goto(host.page(loaderSnippet(baseURL!, `event/${wordiest.id}/`)));
  const widget = await contentFrame(page.locator('iframe'));
  await widget.getByRole('link', { name: wordiest.title }).click();
  await expect(page).toHaveURL(`${baseURL}/#${wordiest.id}`);
  await expect(page.locator(`article[data-event-id="${wordiest.id}"]`)).toBeInViewport();
});
