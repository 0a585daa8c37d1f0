import { HTMLElement, parse } from 'node-html-parser';

/** Attributes that make the browser fetch something as soon as the page is shown. */
const FETCHED = ['src', 'srcset', 'poster', 'data'] as const;
/** <link> relations that fetch their href (canonical, alternate and the like only name an address). */
const FETCHING_LINK = /\b(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data'];

/**
 * What is wrong with a built page's HTML from a security and privacy point of view: anything it
 * would load from another site, links to other sites without rel="noopener noreferrer", inline
 * event handlers and javascript: URLs. `origin` is the site's own (SITE_URL).
 */
export function pageProblems(html: string, origin: string): string[] {
  const problems: string[] = [];
  const foreign = (url: string) => URL.canParse(url, `${origin}/`) && new URL(url, `${origin}/`).origin !== origin;
  for (const el of elements(parse(html))) {
    // An element without attributes can have none of these problems.
    if (!el.rawAttrs) continue;
    const tag = el.rawTagName.toLowerCase();
    // `attrs` is decoded once and kept (names lower-cased); `attributes` would decode every value again.
    for (const [attr, value] of Object.entries(el.attrs)) {
      if (attr.startsWith('on')) problems.push(`<${tag} ${attr}="…">: an inline event handler`);
      if (URL_ATTRIBUTES.includes(attr) && /^\s*javascript:/i.test(value))
        problems.push(`<${tag} ${attr}="${value}">: a javascript: URL`);
    }
    const fetched =
      tag === 'link'
        ? FETCHING_LINK.test(el.getAttribute('rel') ?? '')
          ? [el.getAttribute('href') ?? '']
          : []
        : FETCHED.flatMap((a) => urlsOf(a, el.getAttribute(a)));
    for (const url of fetched.filter(foreign)) problems.push(`<${tag}> loads ${url} from another site`);
    const href = el.getAttribute('href');
    if ((tag === 'a' || tag === 'area') && href && /^(?:https?:)?\/\//i.test(href) && foreign(href)) {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        problems.push(`<a href="${href}"> leaves the site without rel="noopener noreferrer"`);
    }
  }
  return problems;
}

/** Every element under `root`, in document order: a plain walk, without a selector engine matching `*` on each. */
function* elements(root: HTMLElement): Generator<HTMLElement> {
  for (const child of root.childNodes) {
    if (!(child instanceof HTMLElement)) continue;
    yield child;
    yield* elements(child);
  }
}

function urlsOf(attribute: string, value: string | undefined): string[] {
  if (!value) return [];
  return attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0]) : [value];
}
