import { smartypantsu } from 'smartypants';

/**
 * Typographic punctuation for HTML, by the SmartyPants rules MDX also follows for event bodies:
 * 'China's' → China’s, "x" → “x”, -- → —, ... → …. Tags, their attributes and code are left alone.
 */
export function smartPunctuationHtml(html: string): string {
  return smartypantsu(html, 1);
}

/**
 * The same for plain text, which the schemas apply to every plain-text field, so editors type plain
 * quotes and readers see real ones. A backslash keeps a character as typed (\" stays "): SmartyPants
 * writes those as numeric entities, meant for HTML, so they are turned back into the characters.
 */
export function smartPunctuation(text: string): string {
  return smartPunctuationHtml(text).replace(/&#(34|39|45|46|92|96);/g, (_, code: string) =>
    String.fromCharCode(Number(code)),
  );
}
