/**
 * The filter chips: reads the state from the query string (known ids only), shows and hides steps,
 * their chapters and the graphic's marks, and writes the state back with replaceState so the view
 * can be shared. Text shown to the reader is set with textContent, never as markup.
 */
import {
  type FilterVocabulary,
  isUnfiltered,
  matchesFilters,
  parseFilters,
  serializeFilters,
  type StoryFilters,
  toggleId,
} from '../lib/storyFilters.ts';

/** Called around every change: `before` while the old steps are still shown, `after` with the ids left (null: all). */
export interface FilterHooks {
  before: () => void;
  after: (visible: ReadonlySet<string> | null) => void;
}

/** Wires the chips inside `bar` to the steps; returns a teardown. */
export function wireFilters(bar: HTMLElement, steps: readonly HTMLElement[], hooks: FilterHooks): () => void {
  const chips = [...bar.querySelectorAll<HTMLButtonElement>('button[data-filter]')];
  const vocabulary: FilterVocabulary = {
    threads: chips.filter((c) => c.dataset.filter === 'thread').map((c) => c.dataset.value ?? ''),
    actors: chips.filter((c) => c.dataset.filter === 'actor').map((c) => c.dataset.value ?? ''),
  };
  const status = bar.querySelector<HTMLElement>('[data-filter-status]');
  const clear = bar.querySelector<HTMLButtonElement>('[data-filter-clear]');
  let filters = parseFilters(location.search, vocabulary);

  const apply = () => {
    hooks.before();
    const visible = new Set<string>();
    for (const step of steps) {
      const shown = matchesFilters(
        { thread: step.dataset.thread ?? '', actors: (step.dataset.actors ?? '').split(' ') },
        filters,
      );
      step.parentElement!.hidden = !shown;
      if (shown) visible.add(step.dataset.eventId ?? '');
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-chapter-section]'))
      section.hidden =
        section.querySelector(':scope > ol > li:not([hidden])') === null &&
        section.querySelector(':scope > ol > li') !== null;
    for (const chip of chips) {
      const list = chip.dataset.filter === 'thread' ? filters.threads : filters.actors;
      chip.setAttribute('aria-pressed', String(list.includes(chip.dataset.value ?? '')));
    }
    const all = isUnfiltered(filters);
    if (status) status.textContent = all ? '' : `Showing ${visible.size} of ${steps.length} events.`;
    if (clear) clear.hidden = all;
    hooks.after(all ? null : visible);
  };

  const write = (next: StoryFilters) => {
    filters = next;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${serializeFilters(filters, location.search)}${location.hash}`,
    );
    apply();
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
  if (!isUnfiltered(filters)) apply();
  return () => bar.removeEventListener('click', onClick);
}
