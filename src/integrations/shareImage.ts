import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { CARD_SIZE } from '../lib/shareCard.ts';
import type { CardNode } from '../lib/shareCardStrip.ts';

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
  const svg = await satori(card as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: await loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: CARD_SIZE.width } }).render().asPng());
}
