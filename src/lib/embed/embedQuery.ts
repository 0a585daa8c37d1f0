import type { EmbedOptions } from './embedOptions.ts';

/**
 * The query string that asks a widget for these options ("" for the defaults); the inverse of
 * parseEmbedOptions. A module of its own so widgets, which only parse, never download it.
 */
export function embedQuery({ theme, from, to }: Omit<EmbedOptions, 'childId'>): string {
  const params = new URLSearchParams();
  if (theme !== 'auto') params.set('theme', theme);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return query ? `?${query}` : '';
}
