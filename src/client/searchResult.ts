import { excerptParts } from '../lib/browse/excerptParts.ts';

/** What Pagefind tells about one result: its page, the passage that matched, and the page's metadata. */
export interface PagefindResultData {
  url: string;
  /** Escaped page text with <mark> around the matched words. */
  excerpt: string;
  /** title (the page's h1), date and story (the event's anchor in the story), from data-pagefind-meta. */
  meta: Record<string, string | undefined>;
}

/** A result: the event's title, date and the passage that matched, leading to the event in the story. */
export function resultItem(hit: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = siteLink(hit.meta.story) ?? hit.url;
  link.className = 'block rounded px-2 py-2 no-underline hover:bg-rule/40 focus-visible:bg-rule/40';
  link.dataset.searchResult = '';
  const title = Object.assign(document.createElement('span'), { className: 'block font-semibold underline' });
  title.textContent = hit.meta.title ?? hit.url;
  const date = Object.assign(document.createElement('span'), { className: 'block text-sm text-muted' });
  date.textContent = hit.meta.date ?? '';
  const excerpt = Object.assign(document.createElement('span'), { className: 'mt-1 block text-sm' });
  // Built from text nodes: the excerpt is page text, never parsed as markup.
  excerpt.append(
    ...excerptParts(hit.excerpt).map(({ text, marked }) =>
      marked ? Object.assign(document.createElement('mark'), { textContent: text }) : text,
    ),
  );
  link.append(title, date, excerpt);
  item.append(link);
  return item;
}

/** The address if it stays on this site: a result link never runs script (javascript:) or leaves it. */
function siteLink(href: string | undefined): string | undefined {
  if (!href || !URL.canParse(href, location.href)) return undefined;
  return new URL(href, location.href).origin === location.origin ? href : undefined;
}
