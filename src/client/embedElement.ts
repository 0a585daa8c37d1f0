/**
 * <timeline-embed>: the behaviour every widget shares. It applies the widget's options from its
 * query string (checked against the allowlist: a date window; a forced colour scheme is applied before
 * the first paint by EmbedLayout's inline script), redraws the graphic for the frame's width, follows
 * WordPress's rules when its address carries WordPress's secret, and reports the widget's height to
 * the host page. Everything it sets up is undone when it is removed.
 */
import { parseEmbedOptions } from '../lib/embed/embedOptions.ts';
import { inWindow, windowDays, zoomDomain } from '../lib/embed/embedWindow.ts';
import type { Domain } from '../lib/graphic/timeWindow.ts';
import { windowLabel } from '../lib/graphic/windowLabel.ts';
import { GraphicView } from './graphic/graphicView.ts';
import { reportHeight } from './embedHeight.ts';
import { wordpressSecret } from '../lib/embed/wordpressEmbed.ts';

export class TimelineEmbed extends HTMLElement {
  #teardown: (() => void)[] = [];

  connectedCallback(): void {
    const options = parseEmbedOptions(location.search);
    const svg = this.querySelector<SVGSVGElement>('svg[data-timeline-graphic]');
    const figure = this.querySelector('figure');
    if (svg && figure) {
      // The story's view with none of the story's options: one label row, marks at their exact dates (no room to dodge).
      const graphic = new GraphicView(svg, figure);
      const window = windowDays(options, svg.dataset.origin ?? '', graphic.parts.full);
      if (window) {
        graphic.domain = zoomDomain(window);
        const count = graphic.filter((m) => inWindow(m.day, window));
        figure.dataset.enhanced = '';
        this.#narrowList(window, `${windowLabel(options)}: ${count === 1 ? 'one event' : `${count || 'no'} events`}`);
      }
      // The observer's own size of the SVG: the widget reads no layout at all, not even its width.
      const observer = new ResizeObserver(([entry]) => graphic.resize(Math.round(entry.contentRect.width)));
      observer.observe(svg);
      this.#teardown.push(() => observer.disconnect());
    }
    this.#teardown.push(reportHeight(this.dataset.widget ?? '', options.childId));
    // WordPress's rules are a script of their own, bundled whole by Vite (its address is in the markup,
    // EmbedLayout.astro), that only a frame in WordPress downloads.
    const wordpress = this.dataset.wordpressScript;
    if (parent !== self && wordpress && wordpressSecret(location.hash)) void import(/* @vite-ignore */ wordpress);
  }

  disconnectedCallback(): void {
    for (const undo of this.#teardown.splice(0)) undo();
  }

  /** Lists what the window holds, and says which days it shows (as text, never as markup). */
  #narrowList(window: Domain, status: string): void {
    this.dataset.window = '';
    for (const item of this.querySelectorAll<HTMLElement>('[data-embed-item]'))
      item.hidden = !inWindow(Number(item.dataset.day), window);
    const line = this.querySelector<HTMLElement>('[data-embed-status]');
    if (!line) return;
    line.textContent = status;
    line.hidden = false;
  }
}
