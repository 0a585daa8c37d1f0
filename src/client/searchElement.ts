import type { SearchSession } from './siteSearch.ts';

/**
 * <timeline-search>: the eager part of the search box, a few hundred bytes. The search code and
 * the Pagefind index load on the first focus, so a reader who never searches downloads neither.
 */
export class TimelineSearch extends HTMLElement {
  #abort?: AbortController;
  #session?: Promise<SearchSession>;

  connectedCallback(): void {
    this.#abort = new AbortController();
    const { signal } = this.#abort;
    this.addEventListener('focusin', () => void this.#start(), { signal, once: true });
    this.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        void this.#start().then((session) => session.submit());
      },
      { signal },
    );
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
    void this.#session?.then((session) => session.destroy());
    this.#session = undefined;
  }

  #start(): Promise<SearchSession> {
    this.#session ??= import('./siteSearch.ts').then(({ startSearch }) => startSearch(this));
    return this.#session;
  }
}
