import type { AstroIntegration } from 'astro';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'node-html-parser';
import { lostEvents } from '../build/lostEvents.ts';
import { pageProblems } from '../build/pageProblems.ts';
import { eventIdFromPath } from '../checks/eventId.ts';
import { eventSchema } from '../schemas/event.ts';
import { contentDir, readContent } from '../checks/readContent.ts';

/**
 * Checks the finished build before anything is published: every published event file is in the
 * story, has its page and is in events.json and the feed, and no page loads anything from another
 * site, opens one without rel="noopener noreferrer", or carries an inline handler. A build that
 * would lose content or leak readers stops, listing every problem.
 */
export function buildAudit(): AstroIntegration {
  let root = '';
  let origin = '';
  return {
    name: 'build-audit',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        origin = new URL(config.site ?? 'http://localhost').origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = auditBuild(root, fileURLToPath(dir), origin);
        if (problems.length === 0) return logger.info('every published event is in the build; no page leaks');
        process.stderr.write(
          `\nThe build is complete but not fit to publish:\n${problems.map((p) => `  - ${p}`).join('\n')}\n\n`,
        );
        process.exit(1);
      },
    },
  };
}

/** Every problem with the build in `outDir`, compared with the content files under `root`. */
export function auditBuild(root: string, outDir: string, origin: string, dir = contentDir): string[] {
  const published = readContent(root, dir).events.flatMap((file) => {
    const parsed = eventSchema.safeParse(file.data);
    return parsed.success && !parsed.data.draft ? [eventIdFromPath(file.file)] : [];
  });
  const pages = globSync('**/*.html', { cwd: outDir }).sort();
  return [
    ...lostEvents(published, {
      story: storyIds(read(outDir, 'index.html')),
      pages: globSync('events/*/index.html', { cwd: outDir }).map((p) => p.split('/')[1]),
      json: jsonIds(read(outDir, 'events.json')),
      feed: feedIds(read(outDir, 'feed.xml')),
    }),
    ...pages.flatMap((page) => pageProblems(read(outDir, page), origin).map((p) => `${page}: ${p}`)),
  ];
}

function read(outDir: string, file: string): string {
  const path = join(outDir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

function storyIds(html: string): string[] {
  return parse(html)
    .querySelectorAll('article[data-event-id]')
    .map((a) => a.getAttribute('data-event-id') ?? '');
}

function jsonIds(text: string): string[] {
  try {
    return (JSON.parse(text) as { events: { id: string }[] }).events.map((e) => e.id);
  } catch {
    return [];
  }
}

/** The event item of each event (a correction's item points at an anchor of the same page). */
function feedIds(xml: string): string[] {
  return [...xml.matchAll(/<item>[\s\S]*?<link>([^<#]*)<\/link>/g)].flatMap(
    (m) => /\/events\/([^/]+)\/$/.exec(m[1])?.slice(1) ?? [],
  );
}
