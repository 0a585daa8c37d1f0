/** Shortens a headline to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shortTitle(title: string, max = 38): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const words = space > max / 2 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:–—-]+$/, '')}…`;
}
