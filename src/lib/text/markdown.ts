import { Marked, Renderer, type Tokens } from 'marked';
import { smartPunctuationHtml } from './smartPunctuation.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

const marked = new Marked(
  { async: false, gfm: true },
  {
    renderer: {
      // Links to other sites get neither a handle on this page (noopener) nor its address (noreferrer).
      link(this: Renderer, token: Tokens.Link): string {
        const html = Renderer.prototype.link.call(this, token) as string;
        return /^https?:/i.test(token.href) ? html.replace(/^<a /, '<a rel="noopener noreferrer" ') : html;
      },
      // Text keeps its quotes as typed (between tags they need no escaping), so that smartPunctuationHtml can
      // curl them below; & < > are escaped as usual. A backslash-escaped quote (\") stays straight.
      text(this: Renderer, token: Tokens.Text | Tokens.Escape): string {
        if (token.type === 'escape' || ('tokens' in token && token.tokens) || ('escaped' in token && token.escaped)) {
          return Renderer.prototype.text.call(this, token) as string;
        }
        return token.text.replace(/[&<>]/g, (c) => ESCAPES[c]);
      },
    },
    // Typographic quotes, dashes and ellipses, as MDX gives event bodies; tags, code and addresses are left alone.
    hooks: { postprocess: smartPunctuationHtml },
  },
);

/** Renders the story frame's Markdown (paragraphs, emphasis, links) to HTML at build time, typeset. */
export function markdownToHtml(text: string): string {
  return marked.parse(text) as string;
}
