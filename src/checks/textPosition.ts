/** The 1-based line of a top-level YAML key in a file, if it is there. */
export function lineOf(text: string | undefined, key: PropertyKey | undefined): number | undefined {
  if (!text || typeof key !== 'string') return undefined;
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index >= 0 ? index + 1 : undefined;
}

/** The 1-based line where a snippet of the file first appears, if it does. */
export function lineAt(text: string | undefined, snippet: string): number | undefined {
  const index = text?.indexOf(snippet) ?? -1;
  return index >= 0 ? text!.slice(0, index).split('\n').length : undefined;
}

/** sources[0].url from ['sources', 0, 'url']. */
export function fieldName(path: readonly PropertyKey[]): string {
  const name = path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
  return name || 'file';
}
