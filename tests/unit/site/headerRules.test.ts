import { describe, expect, it } from 'vitest';
import { fillPagePolicy, headersFor, PAGE_POLICY, prefixHeaderRules } from '../../../src/lib/site/headerRules.ts';

const rules = '# comment\n/*\n  X-Content-Type-Options: nosniff\n/_astro/*\n  Cache-Control: immutable\n';

describe('prefixHeaderRules', () => {
  it('moves every path rule under the base path', () => {
    expect(prefixHeaderRules(rules, '/timeline/')).toBe(
      '# comment\n/timeline/*\n  X-Content-Type-Options: nosniff\n/timeline/_astro/*\n  Cache-Control: immutable\n',
    );
  });

  it('leaves the file as it is for a site at the root', () => {
    expect(prefixHeaderRules(rules, '/')).toBe(rules);
  });
});

describe('fillPagePolicy', () => {
  it('puts the policy into header values and leaves comments that mention the placeholder alone', () => {
    const text = `# ${PAGE_POLICY} is filled in\n/\n  Content-Security-Policy: ${PAGE_POLICY}; frame-ancestors 'self'\n`;
    expect(fillPagePolicy(text, "default-src 'self'")).toBe(
      `# ${PAGE_POLICY} is filled in\n/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'\n`,
    );
  });
});

describe('headersFor', () => {
  const file = [
    '/*',
    '  X-Content-Type-Options: nosniff',
    '# pages',
    '/',
    '  X-Frame-Options: SAMEORIGIN',
    '/embed/',
    '  X-Frame-Options: SAMEORIGIN',
    '/embed/timeline/*',
    '  Content-Security-Policy: default-src https://a.example:443',
    '/events/*',
    '  Cache-Control: max-age=300',
    '  Link: </a>',
    '/events/*',
    '  Link: </b>',
  ].join('\n');

  it('collects the headers of every rule a path matches', () => {
    expect([...headersFor(file, '/')]).toEqual([
      ['x-content-type-options', 'nosniff'],
      ['x-frame-options', 'SAMEORIGIN'],
    ]);
  });

  it('lets a splat match nothing as well as anything, and an exact rule only its path', () => {
    expect(headersFor(file, '/embed/timeline/').get('content-security-policy')).toBe(
      'default-src https://a.example:443',
    );
    expect(headersFor(file, '/embed/').has('content-security-policy')).toBe(false);
    expect(headersFor(file, '/embed/').get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('joins the values of a header two matching rules set, as hosts do', () => {
    expect(headersFor(file, '/events/a/').get('link')).toBe('</a>, </b>');
  });
});
