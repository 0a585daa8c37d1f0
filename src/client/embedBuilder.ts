/**
 * <timeline-embed-builder>: turns the builder's static page (the default snippets, a preview) into
 * the tool. It opens on the choice in its address (the Embed actions link there), keeps that address
 * in step, rewrites both snippets and the preview on every change, and copies the code.
 */
import { builderQuery, parseBuilderChoice } from '../lib/embed/builderChoice.ts';
import { embedQuery } from '../lib/embed/embedQuery.ts';
import { iframeSnippet, loaderSnippet } from '../lib/embed/embedSnippet.ts';
import { EMBED_HEIGHTS, oembedPath, widgetName, widgetPath } from '../lib/embed/embedWidgets.ts';
import { withBase } from '../lib/site/routes.ts';
import { describeWidget, offeredIds, readChoice, writeChoice } from './builderForm.ts';
import { followPreview } from './builderPreview.ts';
import { copyOnClick } from './copySnippet.ts';

export class EmbedBuilder extends HTMLElement {
  #teardown: (() => void)[] = [];
  /** The height the preview measured for the current widget, for the plain iframe's code. */
  #height: number | null = null;
  #widget = '';

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-builder-form]');
    const frame = this.querySelector<HTMLIFrameElement>('iframe[data-builder-frame]');
    const stage = this.querySelector<HTMLElement>('[data-builder-stage]');
    const slider = this.querySelector<HTMLInputElement>('[data-builder-width]');
    const size = this.querySelector<HTMLOutputElement>('[data-builder-size]');
    if (!form || !frame || !stage || !slider || !size) return;
    for (const el of this.querySelectorAll<HTMLElement>('[data-builder-form], [data-builder-sizes], [data-copy]'))
      el.hidden = false;
    writeChoice(form, parseBuilderChoice(location.search, offeredIds(form)));
    const abort = new AbortController();
    form.addEventListener('input', () => this.#render(form, frame, true), { signal: abort.signal });
    form.addEventListener('submit', (event) => event.preventDefault(), { signal: abort.signal });
    this.#teardown.push(
      () => abort.abort(),
      followPreview({ frame, stage, slider, size }, (height) => {
        this.#height = height;
        this.#render(form, frame, false);
      }),
      copyOnClick(this),
    );
    this.#render(form, frame, false);
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0)) undo();
  }

  /** Rewrites the snippets, the preview's address, the oEmbed links and (after a change) the builder's address. */
  #render(form: HTMLFormElement, frame: HTMLIFrameElement, changed: boolean): void {
    const { choice, reversed } = readChoice(form);
    const { widget, options } = choice;
    const root = this.dataset.root ?? '';
    const base = this.dataset.base ?? '/';
    const query = embedQuery(options);
    if (widgetName(widget) + query !== this.#widget) {
      this.#widget = widgetName(widget) + query;
      this.#height = null;
      frame.src = withBase(base, widgetPath(widget)) + query;
    }
    const { title, page } = describeWidget(form, widget);
    frame.title = `Preview: ${title}`;
    const input = { root, widget, query, title, page, height: this.#height ?? EMBED_HEIGHTS[widget.kind] };
    this.#text('[data-snippet="loader"]', loaderSnippet(input));
    this.#text('[data-snippet="iframe"]', iframeSnippet(input));
    this.#text(
      '[data-iframe-height]',
      this.#height
        ? `${this.#height} px, measured in the preview at its width`
        : 'a typical one, until the preview measures it',
    );
    this.#text('[data-date-status]', reversed ? 'The first day is after the last, so neither applies.' : '');
    for (const el of form.querySelectorAll<HTMLElement>('[data-show-for]'))
      el.hidden = !(el.dataset.showFor ?? '').split(' ').includes(widget.kind);
    this.#text('[data-snippet="page"]', page);
    const oembed = this.querySelector<HTMLAnchorElement>('[data-oembed-json]');
    if (oembed) oembed.href = new URL(oembedPath(widget), root).href;
    if (changed) history.replaceState(history.state, '', `${location.pathname}${builderQuery(choice)}`);
  }

  #text(selector: string, text: string): void {
    const el = this.querySelector<HTMLElement>(selector);
    if (el instanceof HTMLTextAreaElement) el.value = text;
    else if (el && el.textContent !== text) el.textContent = text;
  }
}
