import { expect, type Frame, type Locator, type Page } from '@playwright/test';

/** The loader snippet for a widget path ("timeline/", "event/<id>/?theme=dark"), loading v1.js from the site. */
export function loaderSnippet(site: string, widget: string): string {
  return `<div data-timeline-embed="${widget}"><a href="${site}/">The timeline</a></div>
<script src="${site}/embed/v1.js" async></script>`;
}

/** How a widget sits in its frame: the frame's height on the host page, and what the widget needs, from inside. */
interface Fit {
  frame: number;
  /** The bottom of the widget's body: the height it needs. */
  content: number;
  /** The lowest bottom of any element outside the graphic (whose gridlines run on by design, clipped). */
  lowest: number;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
}

/** Measures a widget's frame from the host page and from inside the frame. */
export async function measureFit(iframe: Locator): Promise<Fit> {
  const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inside = await (
    await contentFrame(iframe)
  ).evaluate(() => {
    const root = document.documentElement;
    // A frame between documents has no body yet: nothing is measurable, so a poll looks again (NaN fits nothing).
    if (!document.body) {
      const none = Number.NaN;
      return {
        content: none,
        lowest: none,
        scrollHeight: none,
        clientHeight: none,
        scrollWidth: none,
        clientWidth: none,
      };
    }
    const bottoms = [...document.body.querySelectorAll('*:not(svg *)')].map((el) => el.getBoundingClientRect().bottom);
    return {
      content: document.body.getBoundingClientRect().bottom,
      lowest: Math.max(0, ...bottoms),
      scrollHeight: root.scrollHeight,
      clientHeight: root.clientHeight,
      scrollWidth: root.scrollWidth,
      clientWidth: root.clientWidth,
    };
  });
  return { frame: frameHeight, ...inside };
}

/** The frame an iframe shows. */
export async function contentFrame(iframe: Locator): Promise<Frame> {
  const frame = await (await iframe.elementHandle())?.contentFrame();
  if (!frame) throw new Error('the iframe has no document');
  return frame;
}

/**
 * Waits until the frame is as tall as the widget, within 2 px, nothing is cut off and, seen from
 * inside, the frame scrolls neither way. Returns the measurements.
 */
export async function expectFrameFits(iframe: Locator): Promise<Fit> {
  let fit: Fit | undefined;
  await expect
    .poll(
      async () => {
        fit = await measureFit(iframe);
        return (
          Math.abs(fit.frame - fit.content) <= 2 &&
          fit.lowest <= fit.frame + 0.5 &&
          fit.scrollHeight <= fit.clientHeight &&
          fit.scrollWidth <= fit.clientWidth
        );
      },
      { message: 'the frame fits the widget' },
    )
    .toBe(true);
  return fit!;
}

/** Records the origin of every request the page makes (the host page, its frames, their assets). */
export function recordOrigins(page: Page): Set<string> {
  const origins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:') origins.add(url.origin);
  });
  return origins;
}
