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
