/**
 * Widths of the graphic's label text, measured on a canvas in the labels' own fonts. The SVG's own
 * getComputedTextLength forces the page to lay out, and it ran on every change of step: on a slow
 * phone that was the largest single cost of scrolling. Fonts are read from sample elements when the
 * graphic is resized, and widths are measured once each (again once web fonts finish loading).
 */
export class TextMeasure {
  readonly #context = document.createElement('canvas').getContext('2d');
  readonly #cache = new Map<string, number>();
  readonly #fonts = new Map<string, { font: string; spacing: number; upper: boolean }>();
  #fontsStatus: FontFaceSetLoadStatus | null = null;

  /** Reads the font of a kind of label (size, family, letter-spacing, case) from an element showing it. */
  use(kind: string, sample: Element | null | undefined): void {
    if (!sample) return;
    const style = getComputedStyle(sample);
    const size = parseFloat(style.fontSize) || 12;
    const spacing = style.letterSpacing === 'normal' ? 0 : parseFloat(style.letterSpacing) || 0;
    this.#fonts.set(kind, {
      font: `${size}px ${style.fontFamily}`,
      spacing,
      upper: style.textTransform === 'uppercase',
    });
    this.#cache.clear();
  }

  /** The rendered width of `text` as a label of that kind, at a font weight. */
  width(kind: string, text: string, weight: number): number {
    if (this.#fontsStatus !== document.fonts.status) {
      this.#cache.clear();
      this.#fontsStatus = document.fonts.status;
    }
    const key = `${kind}|${weight}|${text}`;
    let width = this.#cache.get(key);
    const font = this.#fonts.get(kind);
    if (width === undefined && font && this.#context) {
      this.#context.font = `${weight} ${font.font}`;
      const shown = font.upper ? text.toUpperCase() : text;
      width = this.#context.measureText(shown).width + font.spacing * shown.length;
      this.#cache.set(key, width);
    }
    return width ?? 0;
  }
}
