/**
 * What a built page makes the browser download before it is interactive, gzipped: its HTML, the CSS
 * it links or inlines, and the JavaScript it loads, following static imports between chunks (dynamic
 * imports, such as the search index, load on demand and are not counted). Shared by the budget test
 * and `npm run bench`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file the page loads, with its gzipped size in bytes. */
export interface LoadedFile {
  path: string;
  kind: 'html' | 'css' | 'js';
  gzip: number;
}

/** Gzipped bytes of a page's HTML, CSS and JavaScript, and the files behind them. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  files: LoadedFile[];
}

/** The gzipped size of a text, at the level static hosts and CDNs use for pre-compressed files. */
export function gzipSize(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Measures `page` (a path under distDir such as "index.html"); `base` is the site's base path. */
export function pageWeight(distDir: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(distDir, page), 'utf8');
  const files: LoadedFile[] = [{ path: page, kind: 'html', gzip: gzipSize(html) }];
  const toFile = (url: string) => join(distDir, url.replace(/[?#].*$/, '').slice(base.length));
  const inline = (kind: 'css' | 'js', bodies: string[]) => {
    const text = bodies.join('\n');
    if (text.trim()) files.push({ path: `${page} (inline ${kind})`, kind, gzip: gzipSize(text) });
  };
  inline('css', matches(html, /<style\b[^>]*>([\s\S]*?)<\/style>/g));
  inline('js', matches(html, /<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g));
  for (const href of matches(html, /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)) {
    files.push({ path: href, kind: 'css', gzip: gzipSize(readFileSync(toFile(href))) });
  }
  const scripts = [
    ...matches(html, /<script\b[^>]*\bsrc="([^"]+)"/g),
    ...matches(html, /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ];
  const seen = new Set<string>();
  const visit = (url: string): void => {
    const file = toFile(url);
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    files.push({ path: url, kind: 'js', gzip: gzipSize(code) });
    for (const dep of staticImports(code)) visit(new URL(dep, `http://x${url}`).pathname);
  };
  scripts.forEach(visit);
  const total = (kind: LoadedFile['kind']) => files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f.gzip, 0);
  return { html: total('html'), css: total('css'), js: total('js'), files };
}

/** Relative modules a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import("…")`. */
export function staticImports(code: string): string[] {
  return matches(code, /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g);
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]);
}
