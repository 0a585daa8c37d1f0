/**
 * Moves the path rules of a Netlify/Cloudflare-style `_headers` file under the base path, so the
 * same public/_headers serves a site deployed at the root or under BASE_PATH. Header lines
 * (indented) and comments are kept as they are.
 */
export function prefixHeaderRules(text: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix) return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? `${prefix}${line}` : line))
    .join('\n');
}

/** The placeholder in public/_headers that the build replaces with the pages' Content-Security-Policy. */
export const PAGE_POLICY = '{{PAGE_CSP}}';

/** Puts the pages' policy into every header value that asks for it (comments are left alone); its hashes exist only after a build. */
export function fillPagePolicy(text: string, policy: string): string {
  return text
    .split('\n')
    .map((line) => (/^\s/.test(line) ? line.replaceAll(PAGE_POLICY, policy) : line))
    .join('\n');
}

/**
 * The headers a host that reads `_headers` sends for a path: every rule whose pattern matches it
 * (a `*` matches anything, even nothing), with the values of a header set by two rules joined by
 * a comma, as Netlify and Cloudflare Pages do.
 */
export function headersFor(text: string, path: string): Map<string, string> {
  const headers = new Map<string, string>();
  let matches = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('/')) matches = patternOf(line.trim()).test(path);
    else if (matches && /^\s+[\w-]+:/.test(line)) {
      const [name, ...rest] = line.trim().split(':');
      const key = name.toLowerCase();
      const value = rest.join(':').trim();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}

function patternOf(rule: string): RegExp {
  const escaped = rule.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}
