import { smartypantsu } from 'smartypants';

/**
 * Typographic punctuation for plain text, as MDX gives event bodies and `markdownToHtml` the story's
 * Markdown (the same SmartyPants rules): 'China's' → China’s, "x" → “x”, -- → —, ... → …. Applied to
 * every plain-text field by the schemas, so editors type plain quotes and readers see real ones. A
 * backslash keeps a character as typed (\" stays "); SmartyPants writes those as numeric entities,
 * meant for HTML, so they are turned back into the characters.
 */
export function smartPunctuation(text: string): string {
  return smartypantsu(text, 1).replace(/&#(34|39|45|46|92|96);/g, (_, code: string) =>
    String.fromCharCode(Number(code)),
  );
}
