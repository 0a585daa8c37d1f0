import { eventPath, shareImagePath, threadPath } from '../site/routes.ts';

/** What a widget shows: the compact whole timeline, one thread, or one event's card. */
export type EmbedWidget = { kind: 'timeline' } | { kind: 'thread'; id: string } | { kind: 'event'; id: string };

/** The width, in CSS pixels, that oEmbed and the builder assume before a host gives a real one. */
export const EMBED_WIDTH = 640;

/**
 * Heights at EMBED_WIDTH for snippets written before anyone has measured: the loader and pym.js
 * replace them with the widget's own report; a bare iframe keeps them (the builder writes the
 * height it measured instead). With EMBED_WIDTH their ratios (0.71, 0.84, 1.6) are none that WordPress's
 * block editor takes for a video's (within 0.1 above 2.33, 2, 1.78, 1.33, 1, 0.56 or 0.5), which would
 * pin the frame to that aspect ratio and defeat its height messages.
 */
export const EMBED_HEIGHTS: Record<EmbedWidget['kind'], number> = { timeline: 900, thread: 760, event: 400 };

/** The widget's name in its path and in its height messages: "timeline", "thread/<id>", "event/<id>". */
export function widgetName(widget: EmbedWidget): string {
  return widget.kind === 'timeline' ? 'timeline' : `${widget.kind}/${widget.id}`;
}

/** The route of a widget, such as "embed/event/<id>/". */
export function widgetPath(widget: EmbedWidget): string {
  return `embed/${widgetName(widget)}/`;
}

/** The page a widget stands for, which its fallback link and its oEmbed response name: the story, a thread or an event. */
export function widgetPagePath(widget: EmbedWidget): string {
  if (widget.kind === 'timeline') return '';
  return widget.kind === 'thread' ? threadPath(widget.id) : eventPath(widget.id);
}

/** The route of the oEmbed response for the widget's page. */
export function oembedPath(widget: EmbedWidget): string {
  if (widget.kind === 'timeline') return 'oembed/story.json';
  return `oembed/${widget.kind === 'thread' ? 'threads' : 'events'}/${widget.id}.json`;
}

/** The 1200×630 share image of the widget's page: an event's own, otherwise the story's. */
export function widgetImagePath(widget: EmbedWidget): string {
  return shareImagePath(widget.kind === 'event' ? widget.id : 'story');
}

/** The embed builder with this widget already chosen, as the Embed actions open it. */
export function builderPath(widget: EmbedWidget): string {
  if (widget.kind === 'timeline') return 'embed/';
  return `embed/?widget=${widget.kind}&${widget.kind}=${encodeURIComponent(widget.id)}`;
}
