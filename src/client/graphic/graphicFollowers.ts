/** Small listeners that move the graphic for reasons other than scrolling; each returns its teardown. */

/**
 * While a mark has keyboard focus, `show` gets that mark's chapter (so the graphic can bring the
 * focus ring into view); when focus leaves the graphic, it gets null.
 */
export function followFocus(svg: SVGSVGElement, show: (chapter: string | null) => void): () => void {
  const onIn = (event: FocusEvent) =>
    show((event.target as Element).closest<SVGAElement>('a[data-event-id]')?.dataset.chapter ?? null);
  const onOut = (event: FocusEvent) => {
    if (!svg.contains(event.relatedTarget as Node | null)) show(null);
  };
  svg.addEventListener('focusin', onIn);
  svg.addEventListener('focusout', onOut);
  return () => {
    svg.removeEventListener('focusin', onIn);
    svg.removeEventListener('focusout', onOut);
  };
}

/**
 * Filter hooks that keep the reader's place: before a change, note where the active step is on
 * screen; after it, scroll so that step (or, if it was filtered out, the nearest visible step after
 * it, else before it) is back at that height.
 */
export function keepPlace(
  steps: readonly HTMLElement[],
  active: () => HTMLElement | null,
  done: (visible: ReadonlySet<string> | null) => void,
) {
  let anchor: { step: HTMLElement; top: number } | null = null;
  return {
    before: () => {
      const step = active();
      anchor = step ? { step, top: step.getBoundingClientRect().top } : null;
    },
    after: (visible: ReadonlySet<string> | null) => {
      if (anchor) {
        const index = steps.indexOf(anchor.step);
        const candidates = [...steps.slice(index), ...steps.slice(0, index).reverse()];
        const kept = candidates.find((s) => !visible || visible.has(s.id));
        if (kept) window.scrollBy(0, kept.getBoundingClientRect().top - anchor.top);
      }
      done(visible);
    },
  };
}
