import { Marked } from 'marked';

const marked = new Marked({ async: false, gfm: true });

/** Renders the story frame's Markdown (paragraphs, emphasis, links) to HTML at build time. */
export function markdownToHtml(text: string): string {
  return marked.parse(text) as string;
}
