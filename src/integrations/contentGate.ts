import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/contentProblem.ts';
import { validateContent } from '../lib/validateContent.ts';
import { readContent } from './readContent.ts';

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
        const problems = validateContent(readContent(fileURLToPath(config.root)));
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
