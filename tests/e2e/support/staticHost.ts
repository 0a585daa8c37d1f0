import type { Page } from '@playwright/test';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor } from './hostHeaders.ts';

/** Where the tests serve the build as a host that reads _headers would, and a page on another site. */
export const SITE = 'https://news.example';
export const HOST = 'https://host.example';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
};

/** What the static host answered for each path, so a test can tell a widget from a 404 page. */
export type Answers = Map<string, number>;

/**
 * Serves dist/ at SITE with the response headers its _headers file gives each path, as Netlify or
 * Cloudflare Pages would (the preview server ignores that file); returns the status of each answer.
 */
export async function serveWithHeaders(page: Page, outDir = 'dist'): Promise<Answers> {
  const rules = readFileSync(join(outDir, '_headers'), 'utf8');
  const answers: Answers = new Map();
  await page.route(`${SITE}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    const file = fileFor(outDir, pathname);
    const status = file ? 200 : 404;
    answers.set(pathname, status);
    const served = file ?? join(outDir, '404.html');
    const headers = Object.fromEntries(headersFor(rules, file ? pathname : '/404.html'));
    headers['content-type'] ??= TYPES[served.split('.').pop()!] ?? 'application/octet-stream';
    return route.fulfill({ status, headers, body: readFileSync(served) });
  });
  return answers;
}

/** Serves one page of HTML at `url` (a page of another site, or a test page on this one). */
export async function servePage(page: Page, url: string, html: string): Promise<void> {
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
}

function fileFor(outDir: string, pathname: string): string | null {
  const path = join(outDir, decodeURIComponent(pathname));
  if (!path.startsWith(join(outDir))) return null;
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}
