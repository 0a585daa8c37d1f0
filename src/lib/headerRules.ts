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
