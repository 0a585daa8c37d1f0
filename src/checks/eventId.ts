/** The id of an event file: its name without the extension. */
export function eventIdFromPath(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.mdx$/, '');
}
