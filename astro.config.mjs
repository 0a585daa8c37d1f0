// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { buildAudit } from './src/integrations/buildAudit.ts';
import { contentGate } from './src/integrations/contentGate.ts';
import { responseHeaders } from './src/integrations/responseHeaders.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { siteCsp } from './src/lib/contentSecurityPolicy.ts';

/** Astro 7 warns once per MDX file about this harmless directive; keep the build log readable. */
const quietMdxDirective = (/** @type {{ code?: string; message?: string }} */ log) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject');

export default defineConfig({
  // Where the site is served: SITE_URL (absolute) and BASE_PATH (such as /timeline/) come from the environment.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  // Every page carries a strict Content-Security-Policy with hashes of its inline scripts and styles (README: Security).
  security: { csp: siteCsp },
  // A build of another content folder (CONTENT_DIR: fixtures, benchmarks) keeps its own content cache.
  cacheDir: process.env.CONTENT_DIR
    ? `./node_modules/.astro/${process.env.CONTENT_DIR.replace(/\W+/g, '-')}`
    : undefined,
  integrations: [
    contentGate(),
    mdx(),
    // The 404 page is served for missing addresses, never listed.
    sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }),
    responseHeaders(),
    searchIndex(),
    buildAudit(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        onLog(level, log, handler) {
          if (quietMdxDirective(log)) return;
          handler(level, log);
        },
      },
    },
  },
});
