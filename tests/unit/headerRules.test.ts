import { describe, expect, it } from 'vitest';
import { prefixHeaderRules } from '../../src/lib/headerRules.ts';

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
