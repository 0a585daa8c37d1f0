import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The site's Content-Security-Policy, for Astro's `security.csp`. Astro writes it into every page
 * as a <meta> tag and adds to script-src and style-src a hash of every inline script and style it
 * emits, so nothing inline runs unless the build put it there. The README's Security section says
 * why each directive is what it is. frame-ancestors cannot be set by a <meta> tag: _headers sets it.
 */
export const siteCsp = {
  directives: [
    "default-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ],
  scriptDirective: {
    // Pagefind's search engine is WebAssembly; compiling it needs 'wasm-unsafe-eval' (never 'unsafe-eval').
    resources: ["'self'", "'wasm-unsafe-eval'"],
  },
  styleDirective: { resources: ["'self'"] },
} satisfies CspConfig;

/** Splits a policy into its directives: name → sources, in the order written. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy allowing what any of the given page policies allows: the pages differ only in the
 * hashes of their inline styles and scripts, so a header shared by every page carries them all.
 * Each page's own <meta> policy still applies on top, so no page gets more than its own.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies)
    for (const [name, sources] of parsePolicy(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
