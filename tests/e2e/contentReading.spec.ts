import { expect, test } from '@playwright/test';
import { parse } from 'devalue';
import { existsSync, readFileSync } from 'node:fs';
import { readContent } from '../../src/checks/readContent.ts';
import { eventIdFromPath } from '../../src/checks/eventId.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { storySchema } from '../../src/schemas/story.ts';
import { threadSchema } from '../../src/schemas/thread.ts';

// The content checks run before Astro loads anything, on their own reading of content/ (readContent). If that
// reading drifted from Astro's (its YAML reader, its frontmatter rules), the checks would pass files Astro reads
// otherwise. So what the checks read, through the same schemas, must equal what the production build loaded:
// the entries Astro keeps in its data store.
type Store = Map<string, Map<string, { data: unknown }>>;

/** Astro's data store of the last build (astro.config.mjs gives a CONTENT_DIR build a cache of its own). */
function store(): Store {
  const dir = process.env.CONTENT_DIR ? `/${process.env.CONTENT_DIR.replace(/\W+/g, '-')}` : '';
  const path = `node_modules/.astro${dir}/data-store.json`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build before the browser tests`);
  return parse(readFileSync(path, 'utf8')) as Store;
}
const loaded = (collection: string) => [...(store().get(collection)?.values() ?? [])].map((e) => e.data);

test('the content checks read every event, draft or not, exactly as the build loaded it', () => {
  const checked = readContent(process.cwd()).events.map((f) => ({
    id: eventIdFromPath(f.file),
    data: eventSchema.parse(f.data),
  }));
  const built = [...(store().get('events')?.entries() ?? [])].map(([id, e]) => ({ id, data: e.data }));
  expect(built.length).toBeGreaterThan(40);
  expect(checked.sort(byId)).toEqual(built.sort(byId));
});

test('the content checks read the story, threads and actors exactly as the build loaded them', () => {
  const content = readContent(process.cwd());
  expect(loaded('story')).toEqual([storySchema.parse(content.story.data)]);
  const threads = (content.threads.data as unknown[]).map((t, order) => ({ ...threadSchema.parse(t), order }));
  expect(loaded('threads').sort(byId)).toEqual(threads.sort(byId));
  expect(loaded('actors').sort(byId)).toEqual(
    (content.actors.data as unknown[]).map((a) => actorSchema.parse(a)).sort(byId),
  );
});

function byId(a: unknown, b: unknown): number {
  return String((a as { id: string }).id).localeCompare(String((b as { id: string }).id));
}
