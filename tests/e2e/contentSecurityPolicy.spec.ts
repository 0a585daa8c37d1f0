import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { parse } from 'node-html-parser';
import { parsePolicy } from '../../src/lib/site/contentSecurityPolicy.ts';
import { PAGE_TYPES } from './support/pageTypes.ts';
import { scrollStepToLine, stepIds } from './support/story.ts';
import { recordViolations, violations } from './support/violations.ts';

for (const { name, path } of PAGE_TYPES) {
  test(`${name} carries a strict Content-Security-Policy ahead of everything it governs`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(400);
    const html = await response.text();
    const meta = parse(html).querySelector('meta[http-equiv="content-security-policy"]');
    expect(meta, 'the CSP <meta> tag').not.toBeNull();
    const policy = parsePolicy(meta!.getAttribute('content')!);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const directive of ['img-src', 'font-src', 'connect-src', 'form-action'])
      expect(policy.get(directive), directive).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    const styles = policy.get('style-src') ?? [];
    expect(scripts).toContain("'self'");
    for (const sources of [scripts, styles]) {
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'")).toEqual(
        sources.filter((s) => /^'sha(256|384|512)-/.test(s)),
      );
    }
    // A <meta> policy governs only what comes after it: every script and stylesheet does, and so do the
    // page's own styles, inlined into it. Astro's <Font> writes its @font-face <style> earlier in the
    // head; its hash must be in the policy, so the header policy, which governs from the first byte, lets
    // it apply. Every inline style, wherever it is, must be allowed by its hash.
    const at = html.indexOf('http-equiv="content-security-policy"');
    const governed = [...html.matchAll(/<script(?![^>]*application\/ld\+json)|<link[^>]*rel="stylesheet"/g)];
    expect(governed.filter((m) => m.index < at).map((m) => m[0])).toEqual([]);
    const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)];
    expect(
      inlineStyles.filter((m) => m.index > at).length + governed.length,
      'styles or scripts after the policy',
    ).toBeGreaterThan(0);
    for (const style of inlineStyles)
      expect(styles).toContain(`'sha256-${createHash('sha256').update(style[1]).digest('base64')}'`);
  });
}

test('the policy blocks script and styles injected into the page, and reports each', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  const outcome = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = "(window.injected ??= []).push('inline script')";
    document.head.append(script);
    const button = document.createElement('button');
    button.setAttribute('onclick', "(window.injected ??= []).push('inline handler')");
    document.body.append(button);
    button.click();
    // A string for setTimeout is eval in disguise; it would run later, from the page's own task.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the point: the policy must stop it
    window.setTimeout("(window.injected ??= []).push('string timer')");
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(1, 2, 3)');
    document.body.append(styled);
    return { color: getComputedStyle(styled).color };
  });
  expect(outcome.color).not.toBe('rgb(1, 2, 3)');
  await expect
    .poll(async () => (await violations(page)).map((v) => v.directive).sort())
    .toEqual(['script-src', 'script-src-attr', 'script-src-elem', 'style-src-attr']);
  expect(await page.evaluate(() => (window as { injected?: string[] }).injected ?? [])).toEqual([]);
});

test('the policy stops the page from loading anything from another site', async ({ page }) => {
  await recordViolations(page);
  // Anything the policy let through would reach the network, here this handler.
  const reached: string[] = [];
  await page.route('https://tracker.example/**', (route) => {
    reached.push(route.request().url());
    return route.abort();
  });
  await page.goto('/');
  await page.evaluate(() => {
    const image = new Image();
    image.src = 'https://tracker.example/pixel.gif';
    document.body.append(image);
    void fetch('https://tracker.example/beacon').catch(() => undefined);
  });
  await expect
    .poll(async () => (await violations(page)).map((v) => v.directive).sort())
    .toEqual(['connect-src', 'img-src']);
  expect(reached).toEqual([]);
});

test('reading the story, filtering it and searching it set off no violation', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await recordViolations(page);
  await page.goto('/');
  const ids = await stepIds(page);
  for (const id of [ids[1], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]]) {
    await scrollStepToLine(page, id);
    await expect(page.locator(`article[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
  }
  await page
    .locator('button[data-filter="thread"]')
    .first()
    .evaluate((b: HTMLButtonElement) => b.click());
  await expect(page.locator('[data-filter-status]')).not.toBeEmpty();
  await page.getByRole('searchbox', { name: 'Search the events' }).fill('patch');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test("search still works under the policy where Pagefind's worker cannot start, which is why WebAssembly may compile", async ({
  page,
}) => {
  await recordViolations(page);
  // Without a worker Pagefind compiles its WebAssembly in the page: only 'wasm-unsafe-eval' allows that.
  await page.route('**/pagefind-worker.js', (route) => route.abort());
  await page.goto('/404.html');
  await page.getByRole('searchbox', { name: 'Search the events' }).fill('patch');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
