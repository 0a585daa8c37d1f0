// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentGate } from './src/integrations/contentGate.ts';
import { headersForBase } from './src/integrations/headersForBase.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';

/** Astro 7 warns once per MDX file about this harmless directive; keep the build log readable. */
const quietMdxDirective = (/** @type {{ code?: string; message?: string }} */ log) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject');

export default defineConfig({
  // Where the site is served: SITE_URL (absolute) and BASE_PATH (such as /timeline/) come from the environment.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  // A build of another content folder (CONTENT_DIR: fixtures, benchmarks) keeps its own content cache.
  cacheDir: process.env.CONTENT_DIR
    ? `./node_modules/.astro/${process.env.CONTENT_DIR.replace(/\W+/g, '-')}`
    : undefined,
  integrations: [
    contentGate(),
    mdx(),
    // The 404 page is served for missing addresses, never listed; nor are widgets (their pages are).
    sitemap({ filter: (page) => !/\/404\/?$|\/embed\/(timeline|thread|event)\//.test(new URL(page).pathname) }),
    headersForBase(),
    searchIndex(),
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
