/** A widget's colour scheme: forced light or dark, or the reader's own (auto). */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The options a widget accepts from its query string; everything else is ignored. */
export interface EmbedOptions {
  theme: EmbedTheme;
  /** First day shown (YYYY-MM-DD), for timeline and thread widgets. */
  from?: string;
  /** Last day shown (YYYY-MM-DD). */
  to?: string;
  /** The id pym.js gives the frame, echoed in its height messages. */
  childId?: string;
}

const THEMES: readonly EmbedTheme[] = ['light', 'dark', 'auto'];
const CHILD_ID = /^[\w-]{1,64}$/;

/**
 * Reads a widget's query string against an allowlist. Values arrive from any host page, so each is
 * checked for its exact shape; anything unknown, malformed or oversized is dropped, never echoed.
 */
export function parseEmbedOptions(query: string | URLSearchParams): EmbedOptions {
  const params = new URLSearchParams(query);
  const theme = params.get('theme');
  const options: EmbedOptions = { theme: THEMES.find((t) => t === theme) ?? 'auto' };
  const from = day(params.get('from'));
  const to = day(params.get('to'));
  if (from && (!to || from <= to)) options.from = from;
  if (to && (!from || from <= to)) options.to = to;
  const childId = params.get('childId');
  if (childId && CHILD_ID.test(childId)) options.childId = childId;
  return options;
}

/** A real calendar day written YYYY-MM-DD; checked here rather than with eventDate.ts to keep widgets' script small. */
function day(value: string | null): string | undefined {
  const m = value === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? value! : undefined;
}
