import { expect, type Frame, type Page } from '@playwright/test';

/** A word every payload carries, so any trace of one in a page (run, inserted or echoed) is found. */
export const MARK = 'pwn3d';

/** Payloads that run script if they ever reach the DOM as markup or a URL. */
export const PAYLOAD = {
  script: `<script>window.__pwn3d=1;alert('${MARK}')</script>`,
  image: `"><img src=x id=${MARK} onerror="window.__pwn3d=1;alert('${MARK}')">`,
  svg: `'><svg/onload=alert('${MARK}')>`,
  url: `javascript:alert('${MARK}')`,
  /** The same markup with its quotes and brackets percent-encoded, as a crafted link would send it. */
  encoded: encodeURIComponent(`"'><svg onload=alert('${MARK}')>`),
  /** A value far longer than any id, yet short enough for a server to pass on (they refuse URLs past 8–16 KB). */
  oversized: `${'a'.repeat(4_000)}${MARK}`,
  /** A hash is never sent to the server, so it can be far longer. */
  hugeHash: `${'a'.repeat(200_000)}${MARK}`,
} as const;

/** What a hostile input could set off: dialogs, console errors (CSP violations are logged as errors) and page errors. */
export interface Harm {
  dialogs: string[];
  errors: string[];
}

/** Starts recording harm on the page; call before it navigates. */
export function watchForHarm(page: Page): Harm {
  const harm: Harm = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    harm.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') harm.errors.push(message.text());
  });
  page.on('pageerror', (error) => harm.errors.push(error.message));
  return harm;
}

/** Nothing ran, nothing was inserted or echoed, nothing was polluted and nothing went wrong, in the page and its frames. */
export async function expectUnharmed(page: Page, harm: Harm): Promise<void> {
  for (const frame of page.frames()) await expectFrameClean(frame);
  expect(harm.dialogs).toEqual([]);
  expect(harm.errors).toEqual([]);
}

async function expectFrameClean(frame: Frame): Promise<void> {
  const state = await frame.evaluate((mark) => {
    const probe: Record<string, unknown> = {};
    return {
      ran: 'pwn3d' in window || '__pwn3d' in window,
      polluted: ['polluted', mark].filter((key) => key in probe || key in Object.prototype),
      echoed: document.documentElement.outerHTML.includes(mark),
    };
  }, MARK);
  expect(state).toEqual({ ran: false, polluted: [], echoed: false });
}
