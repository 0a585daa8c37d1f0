import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prefixHeaderRules } from '../lib/headerRules.ts';

/** Moves the rules of the built `_headers` file under BASE_PATH, so caching and CORS follow the site to a sub-path. */
export function headersForBase(): AstroIntegration {
  let base = '/';
  return {
    name: 'headers-for-base',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (existsSync(file)) writeFileSync(file, prefixHeaderRules(readFileSync(file, 'utf8'), base));
      },
    },
  };
}
