import { expect, test } from '@playwright/test';
import { globSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { parsePolicy } from '../../src/lib/site/contentSecurityPolicy.ts';
import { headersFor } from './support/hostHeaders.ts';
import { PAGE_TYPES, WIDGET_PATHS } from './support/pageTypes.ts';
import { HOST, serveWithHeaders, servePage, SITE } from './support/staticHost.ts';
import { recordViolations, violations } from './support/violations.ts';

/**
 * The built _headers file, as a host that reads it serves the site: the policy as a header (the
 * only place frame-ancestors works), who may frame which page, and the other security headers.
 */

const rules = readFileSync('dist/_headers', 'utf8');
const isWidget = (path: string) => /^\/embed\/(timeline|thread|event)\//.test(path);

/** Every built page's path on the site. */
const builtPaths = globSync('**/*.html', { cwd: 'dist' }).map((file) =>
  file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`,
);

test('every built page gets exactly one policy header, allowing all its own <meta> policy allows', () => {
  expect(builtPaths.length).toBeGreaterThan(50);
  for (const path of builtPaths) {
    const header = headersFor(rules, path).get('content-security-policy');
    expect(header, path).toBeDefined();
    // Two rules matching one path would be joined with a comma into two policies.
    expect(header!.includes(','), path).toBe(false);
    const file = path === '/404.html' ? 'dist/404.html' : `dist${path}index.html`;
    const meta = parse(readFileSync(file, 'utf8')).querySelector('meta[http-equiv="content-security-policy"]');
    const sent = parsePolicy(header!);
    for (const [directive, sources] of parsePolicy(meta!.getAttribute('content')!))
      expect(sent.get(directive), `${path} ${directive}`).toEqual(expect.arrayContaining(sources));
  }
});

test('site pages may be framed only by the site; embed widgets by any site', () => {
  for (const path of builtPaths) {
    const headers = headersFor(rules, path);
    const ancestors = parsePolicy(headers.get('content-security-policy')!).get('frame-ancestors');
    if (isWidget(path)) {
      expect(ancestors, path).toBeUndefined();
      expect(headers.has('x-frame-options'), path).toBe(false);
    } else {
      expect(ancestors, path).toEqual(["'self'"]);
      expect(headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  }
});

test('another site cannot frame the story, an event page or the embed builder, but can frame every widget', async ({
  page,
}) => {
  const answers = await serveWithHeaders(page);
  const framed = ['/', PAGE_TYPES[1].path, '/embed/', ...WIDGET_PATHS];
  await servePage(
    page,
    `${HOST}/article.html`,
    `<!doctype html><title>Host</title>${framed.map((p) => `<iframe src="${SITE}${p}"></iframe>`).join('')}`,
  );
  await page.goto(`${HOST}/article.html`);
  const frames = await page.locator('iframe').elementHandles();
  const shown = await Promise.all(
    frames.map(async (handle) => {
      const frame = await handle.contentFrame();
      await frame!.waitForLoadState();
      return frame!.url().startsWith(SITE);
    }),
  );
  expect(Object.fromEntries(framed.map((path, i) => [path, shown[i]]))).toEqual(
    Object.fromEntries(framed.map((path) => [path, isWidget(path)])),
  );
  // A framed widget is the widget itself, not a 404 page.
  for (const path of WIDGET_PATHS) expect(answers.get(path), path).toBe(200);
});

test('the site itself may frame its pages', async ({ page }) => {
  await serveWithHeaders(page);
  await servePage(
    page,
    `${SITE}/frame-test.html`,
    `<!doctype html><iframe src="${SITE}${PAGE_TYPES[1].path}"></iframe>`,
  );
  await page.goto(`${SITE}/frame-test.html`);
  const frame = page.locator('iframe').contentFrame();
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
});

for (const { name, path } of PAGE_TYPES) {
  test(`${name}, served with its headers, works under both policies and sends the security headers`, async ({
    page,
  }) => {
    await serveWithHeaders(page);
    await recordViolations(page);
    const response = await page.goto(`${SITE}${path}`);
    expect(response!.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const search = page.getByRole('searchbox', { name: 'Search the events' });
    if ((await search.count()) > 0) {
      await search.fill('patch');
      await expect(page.locator('[data-search-result]').first()).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });
}
