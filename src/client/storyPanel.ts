/** The words and the bar above and below the graphic: the active chapter, the event's position and the progress. */
export class StoryPanel {
  readonly #chapter: HTMLElement | null;
  readonly #count: HTMLElement | null;
  readonly #fill: HTMLElement | null;
  readonly #titles: Map<string, string>;

  readonly total: number;

  constructor(panel: HTMLElement, total: number) {
    this.total = total;
    this.#chapter = panel.querySelector('[data-now-chapter]');
    this.#count = panel.querySelector('[data-now-count]');
    this.#fill = panel.querySelector('[data-progress-fill]');
    // Chapter titles come from the page's own headings, so nothing from the URL reaches this text.
    this.#titles = new Map(
      [...document.querySelectorAll<HTMLElement>('[data-chapter-section]')].map((s) => [
        s.dataset.chapterSection ?? '',
        `${s.querySelector('[data-chapter-label]')?.textContent?.trim() ?? ''} · ${s.querySelector('[data-chapter-title]')?.textContent?.trim() ?? ''}`,
      ]),
    );
  }

  /** Names the chapter the graphic shows: the active step's, or the first one's before the story starts. */
  show(chapter: string | null): void {
    if (this.#chapter) this.#chapter.textContent = this.#titles.get(chapter ?? '') ?? '';
  }

  /** Fills the progress bar and says which event of how many is active. */
  progress(fraction: number, index: number, shown: number): void {
    // Written only when they change: most scroll frames move the bar by less than a pixel and keep the count.
    const transform = `scaleX(${fraction.toFixed(3)})`;
    if (this.#fill && this.#fill.style.transform !== transform) this.#fill.style.transform = transform;
    const count = index < 0 ? `${shown} events` : `${index + 1} of ${shown}${shown < this.total ? ' shown' : ''}`;
    if (this.#count && this.#count.textContent !== count) this.#count.textContent = count;
  }
}
