import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { ContentFile, ContentInput } from './checkTypes.ts';

/** The folder editors write in; CONTENT_DIR points the build at another one (fixtures, benchmarks). */
export const contentDir = process.env.CONTENT_DIR ?? 'content';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** Reads every content file from disk, parsing YAML the way Astro does (js-yaml), without validating it. */
export function readContent(root: string, dir = contentDir): ContentInput {
  const base = resolve(root, dir);
  const events = globSync('events/**/*.mdx', { cwd: base })
    .sort()
    .map((path) => readMdx(root, join(base, path)));
  return {
    story: readYaml(root, join(base, 'story.yaml')),
    threads: readYaml(root, join(base, 'threads.yaml')),
    actors: readYaml(root, join(base, 'actors.yaml')),
    events,
    publicFileExists: (path) => existsSync(join(root, 'public', path)),
  };
}

function readYaml(root: string, path: string): ContentFile {
  const file = relative(root, path);
  if (!existsSync(path)) return { file, data: undefined, syntaxError: { message: 'the file is missing' } };
  const text = readFileSync(path, 'utf8');
  return { file, text, ...parseYaml(text, 0) };
}

/** Reads one event file: its frontmatter (parsed, not validated), body and full text. */
export function readMdx(root: string, path: string): ContentFile {
  const text = readFileSync(path, 'utf8');
  const file = relative(root, path);
  const match = FRONTMATTER.exec(text);
  if (!match)
    return {
      file,
      text,
      data: undefined,
      syntaxError: { message: 'no frontmatter: the file must start with a line of three dashes, ---', line: 1 },
    };
  return { file, text, body: text.slice(match[0].length), ...parseYaml(match[1] ?? '', 1) };
}

function parseYaml(text: string, lineOffset: number): Pick<ContentFile, 'data' | 'typed' | 'syntaxError'> {
  try {
    // Astro reads frontmatter with js-yaml's default schema; the core schema has no timestamps, so `typed`
    // keeps each date exactly as written and the check can see what YAML changed.
    return { data: yaml.load(text) ?? {}, typed: yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {} };
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number } };
    return {
      data: undefined,
      syntaxError: { message: e.reason ?? e.message, line: e.mark ? e.mark.line + 1 + lineOffset : undefined },
    };
  }
}
