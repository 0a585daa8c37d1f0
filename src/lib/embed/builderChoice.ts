import { type EmbedOptions, parseEmbedOptions } from './embedOptions.ts';
import { embedQuery } from './embedQuery.ts';
import type { EmbedWidget } from './embedWidgets.ts';

/** What the embed builder has chosen: a widget and its options (a date window only for timeline and thread). */
export interface BuilderChoice {
  widget: EmbedWidget;
  options: Omit<EmbedOptions, 'childId'>;
}

/** The ids the builder can offer, so an address naming anything else falls back to the timeline. */
export interface BuilderIds {
  threads: readonly string[];
  events: readonly string[];
}

/** Reads the builder's own address (?widget=event&event=<id>&theme=dark…), as the Embed actions link to it. */
export function parseBuilderChoice(query: string, ids: BuilderIds): BuilderChoice {
  const params = new URLSearchParams(query);
  const { theme, from, to } = parseEmbedOptions(params);
  const kind = params.get('widget');
  const id = kind === 'thread' || kind === 'event' ? params.get(kind) : null;
  const known = kind === 'thread' ? ids.threads : ids.events;
  if ((kind === 'thread' || kind === 'event') && id && known.includes(id)) {
    return { widget: { kind, id }, options: kind === 'event' ? { theme } : { theme, from, to } };
  }
  return { widget: { kind: 'timeline' }, options: { theme, from, to } };
}

/** The builder's address for a choice, the inverse of parseBuilderChoice (defaults left out). */
export function builderQuery({ widget, options }: BuilderChoice): string {
  const params = new URLSearchParams(
    widget.kind === 'timeline' ? {} : { widget: widget.kind, [widget.kind]: widget.id },
  );
  for (const [key, value] of new URLSearchParams(embedQuery(options))) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
