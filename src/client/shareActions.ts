/** How long a confirmation stays on screen. */
const STATUS_MS = 4000;

/** <timeline-share>: reveals "Copy link" and "Share…" where the browser can do them, and says what happened. */
export class TimelineShare extends HTMLElement {
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback(): void {
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    const { url = location.href, title = document.title, text = '' } = this.dataset;
    const copy = this.#action('copy');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', () => void this.#copy(url), { signal });
    }
    const native = this.#action('native');
    if (native && 'share' in navigator && navigator.canShare?.({ url, title, text }) !== false) {
      native.hidden = false;
      native.addEventListener('click', () => void navigator.share({ url, title, text }).catch(() => undefined), {
        signal,
      });
    }
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    clearTimeout(this.#timer);
  }

  #action(name: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`[data-share-action="${name}"]`);
  }

  async #copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.#say('Link copied.');
    } catch {
      this.#say(`Could not copy. The link is ${url}`);
    }
  }

  #say(message: string): void {
    const status = this.querySelector('[data-share-status]');
    if (!status) return;
    status.textContent = message;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => (status.textContent = ''), STATUS_MS);
  }
}
