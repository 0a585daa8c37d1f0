import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies } from '../lib/site/contentSecurityPolicy.ts';
import { fillPagePolicy, PAGE_POLICY, prefixHeaderRules } from '../lib/site/headerRules.ts';

/** Cloudflare Pages ignores a _headers line longer than this. */
const MAX_LINE = 2000;
const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/**
 * Writes the built `_headers` file for the deployment: its rules moved under BASE_PATH, so caching,
 * CORS and framing follow the site to a sub-path, and the Content-Security-Policy of the built pages
 * filled in, so hosts that read the file send it as a header too (the only way to set frame-ancestors).
 */
export function responseHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'response-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const file = join(out, '_headers');
        if (!existsSync(file)) return;
        let text = prefixHeaderRules(readFileSync(file, 'utf8'), base);
        if (text.includes(PAGE_POLICY)) text = fillPagePolicy(text, pagePolicy(out));
        warnOnLongLines(text, logger);
        writeFileSync(file, text);
      },
    },
  };
}

/** The policy every built page carries in its <meta> tag, merged into one; a page without one stops the build. */
function pagePolicy(out: string): string {
  const pages = globSync('**/*.html', { cwd: out });
  const policies = pages.map((page) => {
    const policy = META_POLICY.exec(readFileSync(join(out, page), 'utf8'))?.[1];
    if (!policy) throw new Error(`${page} has no Content-Security-Policy <meta> tag: is security.csp still on?`);
    return policy;
  });
  return mergePolicies(policies);
}

function warnOnLongLines(text: string, logger: AstroIntegrationLogger): void {
  const long = text.split('\n').filter((line) => line.length > MAX_LINE);
  if (long.length)
    logger.warn(
      `${long.length} line(s) of _headers exceed ${MAX_LINE} characters; Cloudflare Pages would ignore them.`,
    );
}
