/**
 * Tells the host page how tall the widget is, so its frame never scrolls and never leaves a gap.
 * The measure is the root element's own box, which grows with the content but not with the
 * frame: reporting the viewport-dependent scrollHeight instead would never let a frame shrink.
 */
import { heightMessages } from '../lib/embed/embedMessages.ts';

/** The height the frame needs: the root's box (the reset gives it no margin), rounded up to a whole pixel. */
export function documentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Posts the height to the parent on load and whenever it changes (content, width, fonts, filters),
 * in the pym.js, AMP and this project's formats at once. Returns the teardown.
 */
export function reportHeight(widget: string, childId?: string): () => void {
  if (window.parent === window) return () => undefined;
  let last = 0;
  const send = () => {
    const height = documentHeight();
    if (height === last) return;
    last = height;
    for (const message of heightMessages(height, widget, childId)) if (message) window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  return () => observer.disconnect();
}
