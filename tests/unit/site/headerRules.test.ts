import { describe, expect, it } from 'vitest';
import { fillPagePolicy, PAGE_POLICY, prefixHeaderRules } from '../../../src/lib/site/headerRules.ts';

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
