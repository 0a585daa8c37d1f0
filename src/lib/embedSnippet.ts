import { type EmbedWidget, widgetName } from './embedWidgets.ts';

/** Escapes text for HTML with the named entities producers recognise when they read a snippet (&amp;, not &#38;). */
function escapeHtml(text: string): string {
  const named: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return text.replace(/[&<>"']/g, (c) => named[c]);
}

/** What a snippet needs: where the site lives, which widget with which options, and what to call it. */
export interface SnippetInput {
  /** The site's absolute root, SITE_URL plus BASE_PATH, ending in a slash. */
  root: string;
  widget: EmbedWidget;
  /** The widget's options as a query string ("?theme=dark" or ""), from embedQuery. */
  query: string;
  /** The frame's accessible name, also the fallback link's text. */
  title: string;
  /** The absolute URL of the page the widget stands for, where the fallback link goes. */
  page: string;
  /** The frame's height in CSS pixels until the widget reports its own. */
  height: number;
}

/** The absolute URL of a widget with its options. */
export function widgetUrl({ root, widget, query }: Pick<SnippetInput, 'root' | 'widget' | 'query'>): string {
  return new URL(`embed/${widgetName(widget)}/${query}`, root).href;
}

/**
 * The recommended snippet: a placeholder the loader (embed/v1.js) turns into a self-sizing frame.
 * Where scripts never run (feed readers, AMP, strict CMSes) the placeholder's link remains.
 */
export function loaderSnippet(input: SnippetInput): string {
  const path = `${widgetName(input.widget)}/${input.query}`;
  const loader = new URL('embed/v1.js', input.root).href;
  return (
    `<div data-timeline-embed="${escapeHtml(path)}"><a href="${escapeHtml(input.page)}">${escapeHtml(input.title)}</a></div>\n` +
    `<script src="${escapeHtml(loader)}" async></script>`
  );
}

/** A plain iframe for hosts that allow no scripts: it keeps the height given, so the builder writes the one it measured. */
export function iframeSnippet(input: SnippetInput): string {
  return (
    `<iframe src="${escapeHtml(widgetUrl(input))}" title="${escapeHtml(input.title)}" ` +
    `height="${Math.ceil(input.height)}" loading="lazy" style="display:block;width:100%;border:0"></iframe>`
  );
}
