import { renderAsync } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { CARD_SIZE, STRIP_WIDTH } from '../lib/publish/shareCard.ts';
import { type CardNode, stripBackdrop, type StripContent } from '../lib/publish/shareCardStrip.ts';

/** Self-hosted fonts from npm (satori reads WOFF, not WOFF2): the sans for furniture, the serif for headlines. */
const FONT_FILES: { name: string; weight: Font['weight']; file: string }[] = [
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

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, weight, file }) => ({
      name,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(file)),
    })),
  );
  return fonts;
}

/** Renders a share card to a 1200×630 PNG at build time: satori lays it out as SVG, resvg rasterises it. */
export async function renderShareImage(card: CardNode): Promise<Uint8Array<ArrayBuffer>> {
  return render(card, CARD_SIZE.width, CARD_SIZE.height);
}

const backdrops = new WeakMap<StripContent['marks'], Map<boolean, Promise<string>>>();

/**
 * The strip's rows, ticks and dots as a PNG data URI, drawn once per build (once dimmed for event
 * cards, once plain for the story's) and placed under each card's own ringed dot.
 */
export function stripImage(content: StripContent): Promise<string> {
  const byDimming = backdrops.get(content.marks) ?? new Map<boolean, Promise<string>>();
  backdrops.set(content.marks, byDimming);
  const dimmed = content.current !== undefined;
  let image = byDimming.get(dimmed);
  if (!image) {
    const node = stripBackdrop(content, STRIP_WIDTH);
    image = render(node, STRIP_WIDTH, Number(node.props.style?.height)).then(
      (png) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`,
    );
    byDimming.set(dimmed, image);
  }
  return image;
}

async function render(node: CardNode, width: number, height: number): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(node as Parameters<typeof satori>[0], { width, height, fonts: await loadFonts() });
  // Rasterised off the main thread, so a build rendering pages concurrently draws cards in parallel.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width } });
  return new Uint8Array(image.asPng());
}
