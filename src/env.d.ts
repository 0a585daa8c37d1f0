interface ImportMetaEnv {
  /** True only under `astro dev` (set by the content gate): drafts are shown there and nowhere else. */
  readonly SHOW_DRAFTS: boolean;
  /** Under `astro build`, the folder of share images kept between builds (set by the shareImageCache integration). */
  readonly SHARE_IMAGE_CACHE?: string;
}

/** SmartyPants for JavaScript ships no types: the one function src/lib/text/smartPunctuation.ts uses. */
declare module 'smartypants' {
  /** Converts ASCII quotes, dashes and ellipses to Unicode punctuation; `1` is the default rule set. */
  export function smartypantsu(text: string, attributes?: 0 | 1 | 2 | 3 | -1 | string): string;
}

/** subset-font ships no types: the one call src/build/webFonts.ts makes. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: {
      targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
      variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    },
  ): Promise<Buffer>;
}
