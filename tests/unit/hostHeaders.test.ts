import { describe, expect, it } from 'vitest';
import { headersFor } from '../e2e/support/hostHeaders.ts';

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
