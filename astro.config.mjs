// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { buildAudit } from './src/integrations/buildAudit.ts';
import { contentGate } from './src/integrations/contentGate.ts';
import { responseHeaders } from './src/integrations/responseHeaders.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { shareImageCache } from './src/integrations/shareImageCache.ts';
import { siteCsp } from './src/lib/site/contentSecurityPolicy.ts';
import { WEIGHTS, webFont } from './src/build/webFonts.ts';

/** Astro 7 warns once per MDX file about this harmless directive; keep the build log readable. */
const quietMdxDirective = (/** @type {{ code?: string; message?: string }} */ log) =>
  log.code === 'MODULE_LEVEL_DIRECTIVE' && String(log.message).includes('astro:head-inject');

/** The weight range the serif faces cover once narrowed (src/build/webFonts.ts). */
const weights = `${WEIGHTS.min} ${WEIGHTS.max}`;

export default defineConfig({
  // Where the site is served: SITE_URL (absolute) and BASE_PATH (such as /timeline/) come from the environment.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  // Pages render four at a time: share images rasterise off the main thread (resvg's renderAsync), so
  // other pages keep the CPU busy meanwhile. Measured on two cores: 1,000 events, 52 s → 40 s.
  // Each page's CSS (10 KB gzipped for the story, less elsewhere) is inlined, so the first paint waits for no
  // stylesheet request: on a phone's slow link that was three render-blocking requests and a round trip.
  // The CSP (below) carries each inline style's hash.
  build: { concurrency: 4, inlineStylesheets: 'always' },
  // Every page carries a strict Content-Security-Policy with hashes of its inline scripts and styles (README: Security).
  security: { csp: siteCsp },
  // A build of another content folder (CONTENT_DIR: fixtures, benchmarks) keeps its own content cache.
  cacheDir: process.env.CONTENT_DIR
    ? `./node_modules/.astro/${process.env.CONTENT_DIR.replace(/\W+/g, '-')}`
    : undefined,
  // Self-hosted variable fonts (Latin subset, from @fontsource-variable, their weight axis narrowed to the
  // weights the site sets: src/build/webFonts.ts); Astro writes the @font-face rules
  // and metric-matched fallbacks. The upright faces are preloaded and shown with font-display: optional:
  // a face that is not there by first paint is not swapped in later (it is kept for the next page), so text
  // never reflows. With swap, the header shifted by 0.08 CLS on phones, which lack the fallbacks'
  // reference fonts; without the preloads, first visits almost never got the real faces.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-source-serif',
      fallbacks: ['Georgia', 'serif'],
      display: 'optional',
      options: {
        variants: [
          { src: [await webFont('source-serif-4', 'normal')], weight: weights, style: 'normal' },
          { src: [await webFont('source-serif-4', 'italic')], weight: weights, style: 'italic' },
        ],
      },
    },
    {
      provider: fontProviders.local(),
      name: 'Libre Franklin',
      cssVariable: '--font-libre-franklin',
      fallbacks: ['Arial', 'sans-serif'],
      display: 'optional',
      options: {
        variants: [
          // Left whole: its default master is the thinnest, so narrowing saves 1 KB and moves every glyph.
          {
            src: ['./node_modules/@fontsource-variable/libre-franklin/files/libre-franklin-latin-wght-normal.woff2'],
            weight: '100 900',
            style: 'normal',
          },
        ],
      },
    },
  ],
  integrations: [
    contentGate(),
    // Share images drawn by an earlier build from the same content are copied, not drawn again.
    shareImageCache(),
    mdx(),
    // The 404 page is served for missing addresses, never listed; nor are widgets (their pages are).
    sitemap({ filter: (page) => !/\/404\/?$|\/embed\/(timeline|thread|event)\//.test(new URL(page).pathname) }),
    responseHeaders(),
    searchIndex(),
    buildAudit(),
  ],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Without a browser target here, Astro's build minifies CSS without lowering anything for browsers.
      // Vite's own baseline (Tailwind's too) gives the colour tokens' light-dark() a fallback that
      // browsers without it (Safari before 17.5, Chrome before 123) understand.
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
      rollupOptions: {
        onLog(level, log, handler) {
          if (quietMdxDirective(log)) return;
          handler(level, log);
        },
      },
    },
  },
});
