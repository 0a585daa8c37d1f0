import type { AstroIntegration } from 'astro';
import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Keeps the share images a build draws in Astro's cache folder (`<cacheDir>/share-images/`), named by
 * a hash of everything each one is drawn from (src/build/shareImage.ts), so the next build copies
 * the images whose content did not change instead of drawing them again. After a build, entries
 * it did not use are removed, so the folder holds one build's images. A clean clone has no
 * cache and draws every image.
 */
export function shareImageCache(): AstroIntegration {
  let dir = '';
  let started = 0;
  return {
    name: 'share-image-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        dir = fileURLToPath(new URL('share-images/', config.cacheDir));
        updateConfig({ vite: { define: { 'import.meta.env.SHARE_IMAGE_CACHE': JSON.stringify(dir) } } });
      },
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': async ({ logger }) => {
        const removed = await pruneUnused(dir, started);
        if (removed > 0) logger.info(`removed ${removed} share images no page uses any more`);
      },
    },
  };
}

/** Removes entries neither drawn nor read since `since` (a read touches its entry); returns how many. */
async function pruneUnused(dir: string, since: number): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    const file = join(dir, name);
    const info = await stat(file).catch(() => undefined);
    // A second before the build started, so a coarse file-system clock never removes a used entry.
    if (info && info.mtimeMs < since - 1000) {
      await unlink(file).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
