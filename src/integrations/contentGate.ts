import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../checks/contentProblem.ts';
import { validateContent } from '../checks/validateContent.ts';
import { readContent } from '../checks/readContent.ts';

/**
 * Checks all of content/ before Astro loads it, so an editor sees every problem at once, each with
 * its file, field, what was found and what is expected, instead of Astro's first error and a stack trace.
 * A build (or `astro check`) stops; the dev server only warns, so editors can fix things live.
 */
export function contentGate(): AstroIntegration {
  return {
    name: 'content-gate',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        // Drafts are shown only by the dev server: decided by the command, not by NODE_ENV or a mode.
        updateConfig({ vite: { define: { 'import.meta.env.SHOW_DRAFTS': JSON.stringify(command === 'dev') } } });
        const root = fileURLToPath(config.root);
        forgetEntriesParsedByOldSchemas(root, fileURLToPath(config.cacheDir));
        const problems = validateContent(readContent(root));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'dev') {
          logger.warn(`\n${report}`);
          return;
        }
        process.stderr.write(
          `\n${report}\n\nThe build stopped so that nothing is published with these problems. Fix them, then run it again\n(npm run check:content checks content alone, in seconds).\n\n`,
        );
        process.exit(1);
      },
    },
  };
}

/**
 * Astro keeps parsed entries between builds (a data store in the cache folder, and in .astro/ for the dev
 * server) and drops them only when content.config.ts or the Astro config changes, not when a schema it
 * imports does: a changed schema would otherwise go unseen until content files change. So the store is
 * deleted whenever the schemas, or the src/lib and src/checks modules they use, differ from the last run's.
 */
function forgetEntriesParsedByOldSchemas(root: string, cacheDir: string): void {
  const hash = createHash('sha256');
  for (const dir of ['src/schemas', 'src/lib', 'src/checks']) {
    for (const name of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).sort()) {
      if (name.endsWith('.ts')) hash.update(name).update(readFileSync(join(root, dir, name)));
    }
  }
  const digest = hash.digest('hex');
  const record = join(cacheDir, 'content-schemas.sha256');
  if (existsSync(record) && readFileSync(record, 'utf8') === digest) return;
  for (const store of [join(cacheDir, 'data-store.json'), join(root, '.astro', 'data-store.json')])
    rmSync(store, { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(record, digest);
}
