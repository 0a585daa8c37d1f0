/**
 * The thread and actor chips of a FilterBar, wherever it is (the story, the events table): reads the
 * state from the query string (known ids only), keeps aria-pressed and the "Show all" button true to
 * it, and writes it back with replaceState so the view can be shared. Other query parameters are kept.
 */
import {
  type FilterVocabulary,
  isUnfiltered,
  parseFilters,
  serializeFilters,
  type StoryFilters,
  toggleId,
} from '../lib/browse/storyFilters.ts';

/** The chips' state as the page starts, and the teardown of their listener. */
export interface FilterChips {
  initial: StoryFilters;
  teardown: () => void;
}

/** Wires the chips inside `bar`; `onChange` runs after every change with the new filters. */
export function wireFilterChips(bar: HTMLElement, onChange: (filters: StoryFilters) => void): FilterChips {
  const chips = [...bar.querySelectorAll<HTMLButtonElement>('button[data-filter]')];
  const vocabulary: FilterVocabulary = {
    threads: chips.filter((c) => c.dataset.filter === 'thread').map((c) => c.dataset.value ?? ''),
    actors: chips.filter((c) => c.dataset.filter === 'actor').map((c) => c.dataset.value ?? ''),
  };
  const clear = bar.querySelector<HTMLButtonElement>('[data-filter-clear]');
  let filters = parseFilters(location.search, vocabulary);

  const sync = () => {
    for (const chip of chips) {
      const list = chip.dataset.filter === 'thread' ? filters.threads : filters.actors;
      chip.setAttribute('aria-pressed', String(list.includes(chip.dataset.value ?? '')));
    }
    if (clear) clear.hidden = isUnfiltered(filters);
  };

  const write = (next: StoryFilters) => {
    filters = next;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${serializeFilters(filters, location.search)}${location.hash}`,
    );
    sync();
    onChange(filters);
  };

  const onClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (!button || !bar.contains(button)) return;
    if (button === clear) return write({ threads: [], actors: [] });
    const value = button.dataset.value ?? '';
    if (button.dataset.filter === 'thread') write({ ...filters, threads: toggleId(filters.threads, value) });
    if (button.dataset.filter === 'actor') write({ ...filters, actors: toggleId(filters.actors, value) });
  };

  bar.addEventListener('click', onClick);
  sync();
  return { initial: filters, teardown: () => bar.removeEventListener('click', onClick) };
}
