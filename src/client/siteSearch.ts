import { searchSummary } from '../lib/browse/searchSummary.ts';
import { type PagefindResultData, resultItem } from './searchResult.ts';

/** The part of Pagefind's browser API this box uses (pagefind/pagefind.js, written by the build). */
interface Pagefind {
  options(options: { baseUrl: string; excerptLength: number }): Promise<void>;
  search(term: string): Promise<{ results: PagefindHit[] }>;
  debouncedSearch(term: string, options?: object, ms?: number): Promise<{ results: PagefindHit[] } | null>;
}

interface PagefindHit {
  data(): Promise<PagefindResultData>;
}

/** A running search box: what the lazy-loading element needs to drive it. */
export interface SearchSession {
  /** Searches now and moves focus to the first result (Enter, or the Search button). */
  submit(): void;
  /** Removes every listener. */
  destroy(): void;
}

const SHOWN = 8;
const DEBOUNCE_MS = 200;

/** Wires up a <timeline-search>: searching as the reader types, results as links to the event in the story. */
export function startSearch(root: HTMLElement): SearchSession {
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const abort = new AbortController();
  const pagefind = loadPagefind(root.dataset.bundle ?? '', root.dataset.base ?? '/');
  let latest = 0;

  async function run(term: string, now: boolean): Promise<void> {
    const ticket = ++latest;
    const query = term.trim();
    if (!query) return show([], '');
    const engine = await pagefind.catch(() => null);
    if (!engine) return show([], 'Search is not available here: its index is built with the site.');
    const found = now ? await engine.search(query) : await engine.debouncedSearch(query, {}, DEBOUNCE_MS);
    if (!found || ticket !== latest) return;
    const hits = await Promise.all(found.results.slice(0, SHOWN).map((r) => r.data()));
    if (ticket !== latest) return;
    show(hits.map(resultItem), searchSummary(found.results.length, query, SHOWN));
    if (now) list.querySelector('a')?.focus();
  }

  function show(items: HTMLLIElement[], message: string): void {
    list.replaceChildren(...items);
    status.textContent = message;
  }

  const { signal } = abort;
  input.addEventListener('input', () => void run(input.value, false), { signal });
  root.addEventListener('keydown', (event) => moveFocus(event, input, list), { signal });
  // Whatever was typed while this module loaded gets its search too.
  if (input.value.trim()) void run(input.value, false);
  return { submit: () => void run(input.value, true), destroy: () => abort.abort() };
}

async function loadPagefind(bundle: string, baseUrl: string): Promise<Pagefind> {
  const engine = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await engine.options({ baseUrl, excerptLength: 18 });
  return engine;
}

/** Arrow keys move between the box and the results; Escape clears the search and returns to the box. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLOListElement): void {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' && links.length > 0) {
    event.preventDefault();
    links[Math.min(at + 1, links.length - 1)].focus();
  } else if (event.key === 'ArrowUp' && at >= 0) {
    event.preventDefault();
    (at === 0 ? input : links[at - 1]).focus();
  } else if (event.key === 'Escape' && (input.value || links.length > 0)) {
    input.value = '';
    input.dispatchEvent(new Event('input'));
    input.focus();
  }
}
