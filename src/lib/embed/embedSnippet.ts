import { EMBED_WIDTH, type EmbedWidget, widgetName } from './embedWidgets.ts';

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
  return placeholder(input, link(input));
}

/**
 * The html of the oEmbed responses, for consumers of every kind: the loader's placeholder, its link in
 * a blockquote, and a plain frame of the widget held inert in a <template>. A host that runs it gets
 * the loader's self-sizing frame, one that runs no scripts the link. WordPress strips every tag but
 * those two (keeping what is inside), so it sees a blockquote and a frame, which wp-embed.js sizes.
 */
export function oembedSnippet(input: SnippetInput): string {
  const frame =
    `<iframe src="${escapeHtml(widgetUrl(input))}" title="${escapeHtml(input.title)}" width="${EMBED_WIDTH}" ` +
    `height="${Math.ceil(input.height)}" frameborder="0" scrolling="no"></iframe>`;
  return placeholder(input, `<blockquote>${link(input)}</blockquote><template>${frame}</template>`);
}

/** The fallback link to the page the widget stands for. */
function link({ page, title }: SnippetInput): string {
  return `<a href="${escapeHtml(page)}">${escapeHtml(title)}</a>`;
}

/** The loader's placeholder around `inner`, and the loader. */
function placeholder(input: SnippetInput, inner: string): string {
  const path = `${widgetName(input.widget)}/${input.query}`;
  const loader = new URL('embed/v1.js', input.root).href;
  return (
    `<div data-timeline-embed="${escapeHtml(path)}">${inner}</div>\n` +
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
