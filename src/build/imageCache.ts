import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A key for a drawing: the SHA-256 of every input it depends on, in order, so equal keys mean equal inputs. */
export function contentKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    // Each part's length goes first, so ["ab", "c"] and ["a", "bc"] never share a key.
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The file under `dir` named by `key` when an earlier build drew it, else what `draw` makes, kept
 * there for the next build. Without a folder (tests, dev) it only draws. Any failure to read or
 * write the cache falls back to drawing, so a missing, pruned or read-only cache is never an error.
 */
export async function cached(
  dir: string | undefined,
  key: string,
  draw: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (!dir) return draw();
  const file = join(dir, `${key}.png`);
  try {
    const hit = new Uint8Array(await readFile(file));
    // Marks the entry as used by this build, so pruning after the build keeps it.
    const now = new Date();
    await utimes(file, now, now).catch(() => undefined);
    return hit;
  } catch {
    const drawn = await draw();
    await store(dir, file, drawn).catch(() => undefined);
    return drawn;
  }
}

/** Writes beside the entry, then renames: a build running at the same time never reads half a file. */
async function store(dir: string, file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const partial = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}
