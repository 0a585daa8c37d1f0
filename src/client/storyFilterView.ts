/**
 * The story's filters: the chips (filterChips.ts) show and hide steps, their chapters and the
 * graphic's marks. Text shown to the reader is set with textContent, never as markup.
 */
import { isUnfiltered, matchesFilters, type StoryFilters } from '../lib/browse/storyFilters.ts';
import { wireFilterChips } from './filterChips.ts';

/** Called around every change: `before` while the old steps are still shown, `after` with the ids left (null: all). */
export interface FilterHooks {
  before: () => void;
  after: (visible: ReadonlySet<string> | null) => void;
}

/** Wires the chips inside `bar` to the steps; returns a teardown. */
export function wireFilters(bar: HTMLElement, steps: readonly HTMLElement[], hooks: FilterHooks): () => void {
  const status = bar.querySelector<HTMLElement>('[data-filter-status]');

  const apply = (filters: StoryFilters) => {
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
    const all = isUnfiltered(filters);
    if (status) status.textContent = all ? '' : `Showing ${visible.size} of ${steps.length} events.`;
    hooks.after(all ? null : visible);
  };

  const chips = wireFilterChips(bar, apply);
  if (!isUnfiltered(chips.initial)) apply(chips.initial);
  return chips.teardown;
}
