import { expect, type Frame, type Page, test } from '@playwright/test';
import { expectUnharmed, MARK, PAYLOAD, watchForHarm } from './support/hostile.ts';
import { WIDGET_PATHS } from './support/pageTypes.ts';
import { HOST, serveWithHeaders, SITE } from './support/staticHost.ts';

/**
 * postMessage data is hostile: any window can send any value to the host page's loader and to a
 * widget. The loader sizes a frame only from a valid message sent by that frame; a widget listens
 * to nothing. The host page is on another origin, as it is in a newsroom's CMS.
 */

const EVIL = 'https://evil.example';
const HEIGHT = 'exchange-timeline:height';

/** A host article with one loader placeholder for the widget at `path`, and the loader; the site is served with its headers. */
async function openHost(page: Page, path: string, extra = ''): Promise<Frame> {
  await serveWithHeaders(page);
  const widget = path.replace(/^\/embed\//, '');
  await page.route(`${HOST}/article.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><p>An article.</p>
        <div data-timeline-embed="${widget}"><a href="${SITE}${path}">The timeline</a></div>
        ${extra}<script src="${SITE}/embed/v1.js"></script>`,
    }),
  );
  await page.goto(`${HOST}/article.html`);
  const frame = await page.locator('iframe[src*="/embed/"]').elementHandle();
  const content = (await frame.contentFrame())!;
  await content.waitForLoadState();
  // The widget's own reports settle once its fonts are in (they never reflow it: font-display optional).
  await content.evaluate(() => document.fonts.ready.then(() => new Promise((done) => requestAnimationFrame(done))));
  await settle(page);
  return content;
}

const frameHeight = (page: Page) => page.locator('iframe[src*="/embed/"]').evaluate((f: HTMLElement) => f.style.height);

/** Sends each message to the host window from inside the widget's own frame: right source, right origin. */
async function sendFromWidget(frame: Frame, messages: unknown[]): Promise<void> {
  await frame.evaluate((list) => {
    for (const message of list) parent.postMessage(message, '*');
  }, messages);
}

/** Waits until every message posted so far has been delivered and handled. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

const FORGED = [
  { type: 'exchange-timeline:resize', version: 1, height: 777 },
  { type: HEIGHT, version: 2, height: 777 },
  { type: HEIGHT, version: '1', height: 777 },
  { type: HEIGHT, version: 1, height: '777' },
  { type: HEIGHT, version: 1, height: '777px' },
  { type: HEIGHT, version: 1, height: Number.NaN },
  { type: HEIGHT, version: 1, height: Number.POSITIVE_INFINITY },
  { type: HEIGHT, version: 1, height: 1e9 },
  { type: HEIGHT, version: 1, height: -777 },
  { type: HEIGHT, version: 1, height: 0 },
  { type: HEIGHT, version: 1, height: null },
  { type: HEIGHT, version: 1, height: [777] },
  { type: HEIGHT, version: 1, height: { valueOf: 777 } },
  JSON.parse(`{"__proto__": {"type": "${HEIGHT}", "version": 1, "height": 777, "polluted": "${MARK}"}}`),
  `{"type":"${HEIGHT}","version":1,"height":777}`,
  `pymxPYMxchildxPYMxheightxPYMx777`,
  { sentinel: 'amp', type: 'embed-size', height: 777 },
  null,
  777,
];

for (const path of WIDGET_PATHS) {
  test(`the loader sizes the ${path.split('/')[2]} widget only from its own frame's valid messages`, async ({
    page,
  }) => {
    const harm = watchForHarm(page);
    // Another site's frame on the same host page sends a perfect message: it must be ignored.
    const evil = `<iframe src="${EVIL}/frame.html"></iframe>`;
    await page.route(`${EVIL}/frame.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<script>onmessage = () => parent.postMessage({ type: '${HEIGHT}', version: 1, height: 901 }, '*');</script>`,
      }),
    );
    const frame = await openHost(page, path, evil);

    // A valid message from the widget's frame is obeyed, so the harness can see a change.
    await sendFromWidget(frame, [{ type: HEIGHT, version: 1, widget: 'x', height: 612.2 }]);
    await expect.poll(() => frameHeight(page)).toBe('613px');

    await sendFromWidget(frame, FORGED);
    // The host page itself, and the other site's frame, send valid-looking messages.
    await page.evaluate((type) => window.postMessage({ type, version: 1, height: 902 }, '*'), HEIGHT);
    await page
      .locator(`iframe[src^="${EVIL}"]`)
      .evaluate((f: HTMLIFrameElement) => f.contentWindow!.postMessage('go', '*'));
    await settle(page);
    expect(await frameHeight(page)).toBe('613px');
    await expectUnharmed(page, harm);
  });
}

test('a widget ignores whatever is posted to it, and keeps reporting its own height', async ({ page }) => {
  const harm = watchForHarm(page);
  const received: unknown[] = [];
  await page.exposeFunction('recordMessage', (data: unknown) => received.push(data));
  const frame = await openHost(
    page,
    WIDGET_PATHS[2],
    `<script>addEventListener('message', (e) => { if (e.origin === '${SITE}') recordMessage(e.data); });</script>`,
  );
  await expect.poll(() => received.length).toBeGreaterThan(0);
  const before = await frame.evaluate(() => document.documentElement.outerHTML);
  const heightBefore = await frameHeight(page);
  await page.locator('iframe[src*="/embed/"]').evaluate(
    (f: HTMLIFrameElement, list) => {
      for (const message of list) f.contentWindow!.postMessage(message, '*');
      // pym.js parents send their width this way; a widget must not take it as an instruction.
      f.contentWindow!.postMessage('pymxPYMxchildxPYMxwidthxPYMx1', '*');
    },
    [...FORGED, { type: 'exchange-timeline:theme', theme: `<img src=x onerror=alert('${MARK}')>` }],
  );
  await settle(page);
  await frame.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(await frame.evaluate(() => document.documentElement.outerHTML)).toBe(before);
  expect(await frameHeight(page)).toBe(heightBefore);
  await expectUnharmed(page, harm);
});

/** A host article framing the widget at `path` directly, with `hash`, recording every message its frame sends. */
async function openFramed(page: Page, path: string, hash: string): Promise<{ frame: Frame; received: unknown[] }> {
  await serveWithHeaders(page);
  const received: unknown[] = [];
  await page.exposeFunction('recordMessage', (data: unknown) => received.push(data));
  await page.route(`${HOST}/framed.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Host</title><p>An article.</p>
        <iframe title="The widget" style="width:100%;height:600px;border:0"></iframe>
        <script>
          const frame = document.querySelector('iframe');
          addEventListener('message', (e) => { if (e.source === frame.contentWindow) recordMessage(e.data); });
          // The hash comes from the host's own address, and no src attribute carries it, so the payload is
          // never in the host's markup.
          frame.contentWindow.location.replace(${JSON.stringify(`${SITE}${path}`)} + location.hash);
        </script>`,
    }),
  );
  await page.goto(`${HOST}/framed.html#${hash}`);
  const frame = await page.locator('iframe').elementHandle();
  const content = (await frame.contentFrame())!;
  await content.waitForLoadState('load');
  await expect.poll(() => received.length).toBeGreaterThan(0);
  await settle(page);
  return { frame: content, received };
}

/** The messages in WordPress's embed protocol among those received. */
const wordpressMessages = (received: unknown[]) =>
  received.filter((m) => typeof m === 'object' && m !== null && ('secret' in m || 'message' in m));

const SECRETS = [
  { name: 'markup', hash: `?secret=${PAYLOAD.script}` },
  { name: 'a javascript: URL', hash: `?secret=${PAYLOAD.url}` },
  { name: 'nine characters', hash: '?secret=Ab3dE6gH9' },
  { name: 'eleven characters', hash: '?secret=Ab3dE6gH9kL' },
  { name: 'a right-to-left override', hash: '?secret=Ab3dE6gH9\u202E' },
  { name: 'a zero-width space', hash: '?secret=Ab3dE\u200B6gH9k' },
  { name: 'a Cyrillic homoglyph', hash: '?secret=Ab3dE6gH9\u0430' },
  { name: 'a NUL', hash: '?secret=Ab3dE6gH9\u0000' },
  { name: 'a prototype key', hash: '?secret=__proto__' },
  { name: 'a second parameter', hash: '?secret=Ab3dE6gH9k&message=link' },
  { name: 'a 200,000-character value', hash: `?secret=${PAYLOAD.hugeHash}` },
];

for (const { name, hash } of SECRETS) {
  test(`a widget given a secret with ${name} speaks no WordPress and loads none of its code`, async ({ page }) => {
    const harm = watchForHarm(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const { received } = await openFramed(page, WIDGET_PATHS[0], hash);
    expect(received.some((m) => (m as { type?: string }).type === HEIGHT)).toBe(true);
    expect(wordpressMessages(received)).toEqual([]);
    expect(requests.filter((url) => url.includes('embedWordPress'))).toEqual([]);
    await expectUnharmed(page, harm);
  });
}

test('in WordPress, a widget answers only its parent\'s "ready" for its own secret', async ({ page }) => {
  const harm = watchForHarm(page);
  const secret = 'Ab3dE6gH9k';
  const { frame, received } = await openFramed(page, WIDGET_PATHS[2], `?secret=${secret}`);
  const heights = () => wordpressMessages(received).filter((m) => (m as { message: string }).message === 'height');
  await expect.poll(() => heights().length).toBeGreaterThan(0);
  expect(heights().every((m) => (m as { secret: string }).secret === secret)).toBe(true);
  const before = heights().length;

  // Forged: the wrong secret, another message, a string, an object with a prototype key, and from the widget itself.
  await page.locator('iframe').evaluate((f: HTMLIFrameElement, s) => {
    for (const message of [
      { message: 'ready', secret: 'Zb3dE6gH9k' },
      { message: 'height', secret: s, value: 5 },
      `{"message":"ready","secret":"${s}"}`,
      JSON.parse(`{"__proto__": {"message": "ready", "secret": "${s}"}}`),
      { message: 'ready', secret: [s] },
    ])
      f.contentWindow!.postMessage(message, '*');
  }, secret);
  await frame.evaluate((s) => window.postMessage({ message: 'ready', secret: s }, '*'), secret);
  await settle(page);
  expect(heights().length).toBe(before);

  // The real one, from the parent window, is answered with the height again.
  await page
    .locator('iframe')
    .evaluate((f: HTMLIFrameElement, s) => f.contentWindow!.postMessage({ message: 'ready', secret: s }, '*'), secret);
  await expect.poll(() => heights().length).toBe(before + 1);
  await expectUnharmed(page, harm);
});
