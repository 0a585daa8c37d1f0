import { describe, expect, it } from 'vitest';
import { pageProblems } from '../../../src/build/pageProblems.ts';

const SITE = 'https://news.example';

describe('pageProblems', () => {
  it('accepts a page that loads only its own files and opens other sites safely', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="https://elsewhere.example/">
      <img src="/og/a.png" srcset="/og/a.png 1x, https://news.example/og/b.png 2x"><script type="module" src="/_astro/a.js"></script>
      <a href="https://elsewhere.example/" rel="noopener noreferrer">out</a> <a href="#id">in</a>
      <a href="https://news.example/events/a/">own</a> <a href="mailto:?body=x">mail</a>`;
    expect(pageProblems(html, SITE)).toEqual([]);
  });

  it('names anything fetched from another site: scripts, images, srcset candidates, stylesheets, frames', () => {
    const html = `<script src="https://cdn.example/x.js"></script><img src="//img.example/a.png">
      <img src="/a.png" srcset="/a.png 1x, https://img.example/b.png 2x"><link rel="stylesheet" href="https://fonts.example/c.css">
      <iframe src="https://video.example/embed"></iframe>`;
    expect(pageProblems(html, SITE)).toEqual([
      '<script> loads https://cdn.example/x.js from another site',
      '<img> loads //img.example/a.png from another site',
      '<img> loads https://img.example/b.png from another site',
      '<link> loads https://fonts.example/c.css from another site',
      '<iframe> loads https://video.example/embed from another site',
    ]);
  });

  it('names links to other sites that lack noopener or noreferrer', () => {
    const html = `<a href="https://a.example/">a</a><a href="https://b.example/" rel="noopener">b</a>
      <a href="https://c.example/" rel="noreferrer nofollow noopener">c</a>`;
    expect(pageProblems(html, SITE)).toEqual([
      '<a href="https://a.example/"> leaves the site without rel="noopener noreferrer"',
      '<a href="https://b.example/"> leaves the site without rel="noopener noreferrer"',
    ]);
  });

  it('names inline event handlers and javascript: URLs', () => {
    const html = `<button onclick="go()">x</button><svg><rect onload="x()"/></svg><a href=" JavaScript:alert(1)">y</a>`;
    expect(pageProblems(html, SITE)).toEqual([
      '<button onclick="…">: an inline event handler',
      '<rect onload="…">: an inline event handler',
      '<a href=" JavaScript:alert(1)">: a javascript: URL',
    ]);
  });

  it('reads scripts and styles as text, not as markup', () => {
    const html = `<script type="application/ld+json">{"x":"<img src='https://t.example/p.gif'>"}</script>`;
    expect(pageProblems(html, SITE)).toEqual([]);
  });
});
