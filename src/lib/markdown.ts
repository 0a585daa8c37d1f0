import { Marked, Renderer, type Tokens } from 'marked';

const marked = new Marked(
  { async: false, gfm: true },
  {
    renderer: {
      // Links to other sites get neither a handle on this page (noopener) nor its address (noreferrer).
      link(this: Renderer, token: Tokens.Link): string {
        const html = Renderer.prototype.link.call(this, token) as string;
        return /^https?:/i.test(token.href) ? html.replace(/^<a /, '<a rel="noopener noreferrer" ') : html;
      },
    },
  },
);

/** Renders the story frame's Markdown (paragraphs, emphasis, links) to HTML at build time. */
export function markdownToHtml(text: string): string {
  return marked.parse(text) as string;
}
