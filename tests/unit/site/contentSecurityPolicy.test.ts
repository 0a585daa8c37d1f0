import { describe, expect, it } from 'vitest';
import { mergePolicies, parsePolicy, siteCsp } from '../../../src/lib/site/contentSecurityPolicy.ts';

describe('siteCsp', () => {
  it('never lets inline or eval-ed script run: no unsafe-inline, no unsafe-eval', () => {
    const all = [...siteCsp.directives, ...siteCsp.scriptDirective.resources, ...siteCsp.styleDirective.resources];
    expect(all.join(' ')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('loads everything from the site itself and nothing as a plugin', () => {
    const policy = parsePolicy(siteCsp.directives.join('; '));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    for (const name of ['img-src', 'font-src', 'connect-src', 'form-action'])
      expect(policy.get(name)).toEqual(["'self'"]);
  });
});

describe('parsePolicy', () => {
  it('reads directives and their sources, ignoring spacing and case of names', () => {
    expect([...parsePolicy("default-src 'self';IMG-SRC  'self' data: ; ;")]).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ["'self'", 'data:']],
    ]);
  });

  it('keeps the first of a repeated directive, as browsers do', () => {
    expect(parsePolicy("script-src 'self'; script-src *").get('script-src')).toEqual(["'self'"]);
  });
});

describe('mergePolicies', () => {
  it("joins the pages' hashes into one policy, each once, keeping the directives' order", () => {
    const a = "default-src 'self'; script-src 'self' 'sha256-A'; style-src 'self' 'sha256-S'";
    const b = "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-T'";
    expect(mergePolicies([a, b])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-A' 'sha256-B'; style-src 'self' 'sha256-S' 'sha256-T'",
    );
  });

  it('gives back a single policy unchanged in substance', () => {
    expect(mergePolicies(["object-src 'none';base-uri 'none'"])).toBe("object-src 'none'; base-uri 'none'");
  });
});
