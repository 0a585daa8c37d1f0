/** The builder's form as a choice, and back: the only place that knows its control names. */
import { type BuilderChoice, type BuilderIds, parseBuilderChoice } from '../lib/embed/builderChoice.ts';
import type { EmbedWidget } from '../lib/embed/embedWidgets.ts';

/** The thread and event ids the form offers. */
export function offeredIds(form: HTMLFormElement): BuilderIds {
  const values = (name: string) =>
    [...form.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((o) => o.value);
  return { threads: values('thread'), events: values('event') };
}

/**
 * Reads the choice, checked the way the builder's own address is (parseBuilderChoice), and whether
 * the dates were dropped for running backwards.
 */
export function readChoice(form: HTMLFormElement): { choice: BuilderChoice; reversed: boolean } {
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  const kind = text('widget');
  const params = new URLSearchParams({ widget: kind, [kind]: text(kind), theme: text('theme') });
  for (const name of ['from', 'to']) if (text(name)) params.set(name, text(name));
  const choice = parseBuilderChoice(`?${params}`, offeredIds(form));
  const reversed = Boolean(text('from') && text('to') && text('from') > text('to'));
  return { choice, reversed };
}

/** Sets the controls to a choice (a preselected event, a shared builder address). */
export function writeChoice(form: HTMLFormElement, { widget, options }: BuilderChoice): void {
  const set = (name: string, value: string) => {
    const control = form.elements.namedItem(name);
    if (control instanceof RadioNodeList) control.value = value;
    else if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement) control.value = value;
  };
  set('widget', widget.kind);
  if (widget.kind !== 'timeline') set(widget.kind, widget.id);
  set('theme', options.theme);
  set('from', options.from ?? '');
  set('to', options.to ?? '');
}

/** The chosen widget's name and page, as the server wrote them on its radio button or option. */
export function describeWidget(form: HTMLFormElement, widget: EmbedWidget): { title: string; page: string } {
  const el =
    widget.kind === 'timeline'
      ? form.querySelector<HTMLElement>('input[name="widget"][value="timeline"]')
      : form.querySelector<HTMLElement>(`select[name="${widget.kind}"] option[value="${CSS.escape(widget.id)}"]`);
  return { title: el?.dataset.title ?? '', page: el?.dataset.page ?? '' };
}
