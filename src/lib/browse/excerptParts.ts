/** A run of a search excerpt: its text, and whether it is a word that matched the search. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a Pagefind excerpt (page text with `<` and `>` escaped and `<mark>` around the matched
 * words) into plain runs, so the result list is built from text nodes and never parses markup.
 * Anything else that looks like a tag stays literal text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece) parts.push({ text: piece.replaceAll('&lt;', '<').replaceAll('&gt;', '>'), marked });
  }
  return parts;
}
