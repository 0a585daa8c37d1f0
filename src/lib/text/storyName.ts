/** The story's short name for page furniture and share images: its title up to the first colon. */
export function storyName(title: string): string {
  return title.split(':')[0].trim();
}

/** Who the byline names, without "By" ("By the Timeline Desk" → "the Timeline Desk"), for structured data. */
export function bylineName(byline: string): string {
  return byline.replace(/^by\s+/i, '').trim();
}
