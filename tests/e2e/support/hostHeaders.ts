// The tests' model of a host that reads _headers (Netlify, Cloudflare Pages), for the specs that serve dist/ as
// one would; the build only writes the file. Its own unit test pins the matching rules it assumes.

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
