import { renderAsync } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { CARD_SIZE, STRIP_WIDTH } from '../lib/publish/shareCard.ts';
import { type CardNode, stripBackdrop, type StripContent } from '../lib/publish/shareCardStrip.ts';
import { cached, contentKey } from './imageCache.ts';
// The drawing code itself is part of every image's cache key: a change to how cards are laid out or
// rasterised must never be answered with an image an older version drew.
import cardSource from '../lib/publish/shareCard.ts?raw';
import stripSource from '../lib/publish/shareCardStrip.ts?raw';
import imageSource from './shareImage.ts?raw';

/** A font satori may use: its family, weight and the npm file it is read from. */
export interface FontFile {
  name: string;
  weight: Font['weight'];
  file: string;
}

/** Self-hosted fonts from npm (satori reads WOFF, not WOFF2): the sans for furniture, the serif for headlines. */
export const FONT_FILES: readonly FontFile[] = [
  ...[400, 500, 700].flatMap((weight) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name: 'Libre Franklin',
      weight: weight as Font['weight'],
      file: `@fontsource/libre-franklin/files/libre-franklin-${subset}-${weight}-normal.woff`,
    })),
  ),
  ...['latin', 'latin-ext'].map((subset) => ({
    name: 'Source Serif 4',
    weight: 700 as const,
    file: `@fontsource/source-serif-4/files/source-serif-4-${subset}-700-normal.woff`,
  })),
];

const require = createRequire(import.meta.url);

/** The source of the modules that draw a card, and the versions of the libraries that lay it out and rasterise it. */
export const DRAWING_CODE: readonly string[] = [
  cardSource,
  stripSource,
  imageSource,
  `satori ${(require('satori/package.json') as { version: string }).version}`,
  `resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version}`,
];

/** How an image is drawn: where finished images are kept, with which fonts and which drawing code. */
export interface DrawOptions {
  /** Images drawn by earlier builds, by content key (the build's cache folder; none in tests and dev). */
  cacheDir?: string;
  fonts?: readonly FontFile[];
  code?: readonly string[];
}

/** The share-image cache of this build, set by the shareImageCache integration; none outside `astro build`. */
const BUILD_CACHE: string | undefined = import.meta.env.SHARE_IMAGE_CACHE || undefined;

const loaded = new Map<readonly FontFile[], Promise<Font[]>>();

function loadFonts(files: readonly FontFile[]): Promise<Font[]> {
  let fonts = loaded.get(files);
  if (!fonts) {
    fonts = Promise.all(
      files.map(async ({ name, weight, file }) => ({
        name,
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(file)),
      })),
    );
    loaded.set(files, fonts);
  }
  return fonts;
}

/** Renders a share card to a 1200×630 PNG at build time: satori lays it out as SVG, resvg rasterises it. */
export async function renderShareImage(card: CardNode, options?: DrawOptions): Promise<Uint8Array<ArrayBuffer>> {
  return render(card, CARD_SIZE.width, CARD_SIZE.height, options);
}

const backdrops = new WeakMap<StripContent['marks'], Map<boolean, Promise<string>>>();

/**
 * The strip's rows, ticks and dots as a PNG data URI, drawn once per build (once dimmed for event
 * cards, once plain for the story's) and placed under each card's own ringed dot.
 */
export function stripImage(content: StripContent, options?: DrawOptions): Promise<string> {
  const byDimming = backdrops.get(content.marks) ?? new Map<boolean, Promise<string>>();
  backdrops.set(content.marks, byDimming);
  const dimmed = content.current !== undefined;
  let image = byDimming.get(dimmed);
  if (!image) {
    const node = stripBackdrop(content, STRIP_WIDTH);
    image = render(node, STRIP_WIDTH, Number(node.props.style?.height), options).then(
      (png) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    );
    byDimming.set(dimmed, image);
  }
  return image;
}

/** Fingerprints of font lists, so each card hashes 32 bytes per font rather than the font files. */
const fontKeys = new Map<readonly FontFile[], Promise<string>>();

function fontKey(files: readonly FontFile[]): Promise<string> {
  let key = fontKeys.get(files);
  if (!key) {
    key = loadFonts(files).then((fonts) =>
      contentKey(fonts.flatMap((f) => [f.name, String(f.weight), f.style ?? '', f.data as Uint8Array])),
    );
    fontKeys.set(files, key);
  }
  return key;
}

/**
 * The content key of one drawing: the element tree (every text, colour and position, the strip's
 * backdrop image included), its size, the fonts' bytes and the drawing code. Two drawings share a
 * key only when all of these are equal, so a cached image is the one this build would draw.
 */
export async function imageKey(node: CardNode, width: number, height: number, options?: DrawOptions): Promise<string> {
  const fonts = await fontKey(options?.fonts ?? FONT_FILES);
  return contentKey([
    'share-image 1',
    `${width}×${height}`,
    fonts,
    ...(options?.code ?? DRAWING_CODE),
    JSON.stringify(node),
  ]);
}

async function render(
  node: CardNode,
  width: number,
  height: number,
  options?: DrawOptions,
): Promise<Uint8Array<ArrayBuffer>> {
  const dir = options?.cacheDir ?? BUILD_CACHE;
  if (!dir) return draw(node, width, height, options?.fonts ?? FONT_FILES);
  const key = await imageKey(node, width, height, options);
  return cached(dir, key, () => draw(node, width, height, options?.fonts ?? FONT_FILES));
}

async function draw(
  node: CardNode,
  width: number,
  height: number,
  fonts: readonly FontFile[],
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(node as Parameters<typeof satori>[0], { width, height, fonts: await loadFonts(fonts) });
  // Rasterised off the main thread, so a build rendering pages concurrently draws cards in parallel.
  // satori draws every glyph as a path, so resvg needs no fonts: not scanning the system's for each
  // image saves a tenth of its drawing time, and the PNG is byte for byte the same.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });
  return new Uint8Array(image.asPng());
}
