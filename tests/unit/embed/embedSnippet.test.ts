import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseEmbedOptions } from '../../../src/lib/embed/embedOptions.ts';
import { embedQuery } from '../../../src/lib/embed/embedQuery.ts';
import { iframeSnippet, loaderSnippet, oembedSnippet, widgetUrl } from '../../../src/lib/embed/embedSnippet.ts';

const input = {
  root: 'https://news.example/timeline/',
  widget: { kind: 'event', id: '2021-03-02-patch' } as const,
  query: '?theme=dark',
  title: 'Microsoft ships "emergency" fixes & names <HAFNIUM>',
  page: 'https://news.example/timeline/events/2021-03-02-patch/',
  height: 411.2,
};

describe('loaderSnippet', () => {
  it('writes a placeholder with a fallback link and the versioned loader, under the base path', () => {
    const html = parse(loaderSnippet(input));
    const holder = html.querySelector('[data-timeline-embed]')!;
    expect(holder.getAttribute('data-timeline-embed')).toBe('event/2021-03-02-patch/?theme=dark');
    expect(holder.querySelector('a')!.getAttribute('href')).toBe(input.page);
    expect(holder.querySelector('a')!.text).toBe(input.title);
    const script = html.querySelector('script')!;
    expect(script.getAttribute('src')).toBe('https://news.example/timeline/embed/v1.js');
    expect(script.hasAttribute('async')).toBe(true);
  });

  it('escapes the title so no markup gets into the snippet, with entities producers can read', () => {
    expect(loaderSnippet(input)).toContain('names &lt;HAFNIUM&gt;');
    expect(loaderSnippet({ ...input, query: '?from=2021-03-01&to=2021-03-31' })).toContain('from=2021-03-01&amp;to=');
    expect(
      parse(loaderSnippet(input))
        .querySelectorAll('*')
        .map((el) => el.tagName),
    ).toEqual(['DIV', 'A', 'SCRIPT']);
  });
});

describe('oembedSnippet', () => {
  it('is the loader snippet with its link in a blockquote and an escaped frame in a template', () => {
    const html = parse(oembedSnippet(input));
    expect(html.querySelector('[data-timeline-embed] > blockquote > a')!.text).toBe(input.title);
    expect(html.querySelector('script')!.getAttribute('src')).toBe('https://news.example/timeline/embed/v1.js');
    const template = html.querySelector('[data-timeline-embed] > template')!;
    expect(template.innerHTML).toContain(
      'title="Microsoft ships &quot;emergency&quot; fixes &amp; names &lt;HAFNIUM&gt;"',
    );
    const frame = parse(template.innerHTML).querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://news.example/timeline/embed/event/2021-03-02-patch/?theme=dark');
    expect(frame.getAttribute('height')).toBe('412');
  });
});

describe('iframeSnippet', () => {
  it('points a titled, lazy, borderless frame at the widget with its options and a whole-pixel height', () => {
    const frame = parse(iframeSnippet(input)).querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('https://news.example/timeline/embed/event/2021-03-02-patch/?theme=dark');
    expect(frame.getAttribute('title')).toBe(input.title);
    expect(frame.getAttribute('height')).toBe('412');
    expect(frame.getAttribute('loading')).toBe('lazy');
  });

  it('works at the root of a site too', () => {
    expect(widgetUrl({ root: 'https://news.example/', widget: { kind: 'timeline' }, query: '' })).toBe(
      'https://news.example/embed/timeline/',
    );
  });
});

describe('embedQuery', () => {
  it('leaves the defaults out', () => {
    expect(embedQuery({ theme: 'auto' })).toBe('');
  });

  it('round-trips through parseEmbedOptions', () => {
    const options = { theme: 'light', from: '2021-03-01', to: '2021-03-31' } as const;
    expect(embedQuery(options)).toBe('?theme=light&from=2021-03-01&to=2021-03-31');
    expect(parseEmbedOptions(embedQuery(options))).toEqual(options);
  });
});
