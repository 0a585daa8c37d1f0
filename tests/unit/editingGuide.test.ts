import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { actorSchema } from '../../src/schemas/actor.ts';
import { correctionSchema, frameCorrectionSchema } from '../../src/schemas/correction.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { mediaSchema } from '../../src/schemas/media.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { chapterSchema, storySchema } from '../../src/schemas/story.ts';
import { threadSchema } from '../../src/schemas/thread.ts';

/** Each documented schema: its name in docs/editing.md, the file that defines it, and the schema itself. */
const schemas: [name: string, file: string, schema: z.ZodObject][] = [
  ['event', 'event.ts', eventSchema],
  ['source', 'source.ts', sourceSchema],
  ['media', 'media.ts', mediaSchema],
  ['correction', 'correction.ts', correctionSchema],
  ['frameCorrection', 'correction.ts', frameCorrectionSchema],
  ['thread', 'thread.ts', threadSchema],
  ['actor', 'actor.ts', actorSchema],
  ['story', 'story.ts', storySchema],
  ['chapter', 'story.ts', chapterSchema],
];

/** The one-line doc comment above each field of `export const <name>Schema = …` in a schema file. */
function fieldComments(file: string, name: string): Map<string, string> {
  const text = readFileSync(`src/schemas/${file}`, 'utf8');
  const start = text.indexOf(`export const ${name}Schema`);
  const end = text.indexOf('\nexport ', start + 1);
  const block = text.slice(start, end === -1 ? undefined : end);
  return new Map([...block.matchAll(/\/\*\* (.+?) \*\/\n\s+(\w+):/g)].map((m) => [m[2], m[1]]));
}

/** The rows `| \`field\` | description | example |` between <!-- fields:name --> and <!-- /fields --> in the guide. */
function documentedFields(name: string): Map<string, string> {
  const guide = readFileSync('docs/editing.md', 'utf8');
  const section = new RegExp(`<!-- fields:${name} -->([\\s\\S]*?)<!-- /fields -->`).exec(guide)?.[1] ?? '';
  return new Map([...section.matchAll(/^\| `(\w+)` +\| (.+?) +\|/gm)].map((m) => [m[1], m[2]]));
}

describe('the editing guide', () => {
  it.each(schemas)('documents every %s field with the schema comment, word for word', (name, file, schema) => {
    const comments = fieldComments(file, name);
    expect([...comments.keys()].sort(), `every field in src/schemas/${file} has a comment`).toEqual(
      Object.keys(schema.shape).sort(),
    );
    expect(Object.fromEntries(documentedFields(name)), `docs/editing.md <!-- fields:${name} --> table`).toEqual(
      Object.fromEntries(comments),
    );
  });
});
