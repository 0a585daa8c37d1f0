import type { Page } from '@playwright/test';

/** One Content-Security-Policy violation, as the page's securitypolicyviolation event reports it. */
export interface Violation {
  directive: string;
  blocked: string;
}

declare global {
  interface Window {
    __violations?: Violation[];
  }
}

/** Records every CSP violation in the page and its frames from the first byte on; call before it navigates. */
export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.__violations!.push({ directive: event.effectiveDirective, blocked: event.blockedURI }),
    );
  });
}

/** The violations recorded so far in the page and every frame. */
export async function violations(page: Page): Promise<Violation[]> {
  const found = await Promise.all(page.frames().map((frame) => frame.evaluate(() => window.__violations ?? [])));
  return found.flat();
}
