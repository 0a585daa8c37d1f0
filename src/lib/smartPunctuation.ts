import { smartypantsu } from 'smartypants';

/**
 * Typographic punctuation for plain text, as MDX gives event bodies and `markdownToHtml` the story's
 * Markdown (the same SmartyPants rules): 'China's' → China’s, "x" → “x”, -- → —, ... → …. Applied to
 * every plain-text field by the schemas, so editors type plain quotes and readers see real ones.
 */
export function smartPunctuation(text: string): string {
  return smartypantsu(text, 1);
}
