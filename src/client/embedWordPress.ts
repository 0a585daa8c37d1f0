/**
 * A widget's rules in WordPress, a script of its own that embedElement.ts loads only into a frame
 * whose address carries WordPress's secret, so no other host downloads it. wp-embed.js shows the
 * frame on its first message and sizes it by `height` messages (clamped to 200–1000 px); it
 * sandboxes the frame (scripts only: no top navigation, no new tab) and follows `link` messages to
 * this site in its top window. So here the widget reports its height in that format, again on
 * `ready`; turns clicks on links into `link` messages (a source, on another site, leads to the
 * event's page and its sources, as its data-wordpress-href says); and, when it is taller than the
 * cap, cuts its list from the end until it fits (embed.css then shows the line saying so; every
 * event stays a mark in the graphic and is in the story the credit links to).
 */
import {
  isReadyMessage,
  WORDPRESS_MAX_HEIGHT,
  type WordPressMessage,
  wordpressSecret,
} from '../lib/embed/wordpressEmbed.ts';
import { documentHeight } from './embedHeight.ts';

/** Puts back the items the last fit cut, then cuts from the end of the list until the widget fits. */
function fit(root: HTMLElement): void {
  // toggleAttribute returns false as it takes the mark off.
  for (const item of root.querySelectorAll<HTMLElement>('[data-cut]')) item.hidden = item.toggleAttribute('data-cut');
  // Only the items on show: a date window or the key-only list may have hidden others already.
  const shown = [...root.querySelectorAll<HTMLElement>('[data-embed-item]')].filter((item) => item.offsetParent);
  while (documentHeight() > WORDPRESS_MAX_HEIGHT && shown.length > 0) {
    const item = shown.pop()!;
    item.hidden = item.toggleAttribute('data-cut', true);
  }
}

/** Speaks wp-embed.js's protocol for the widget `root`, by `secret`. Returns the teardown. */
export function followWordPress(root: HTMLElement, secret: string): () => void {
  const post = (message: WordPressMessage) => parent.postMessage(message, '*');
  let last = 0;
  const send = (again = false) => {
    fit(root);
    const height = documentHeight();
    if (height !== last || again) post({ secret, message: 'height', value: (last = height) });
  };
  const onReady = ({ source, data }: MessageEvent) => {
    if (source === parent && isReadyMessage(data, secret)) send(true);
  };
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element).closest<HTMLElement>('a[href]');
    if (!link) return;
    event.preventDefault();
    const href = link.dataset.wordpressHref ?? link.getAttribute('href')!;
    post({ secret, message: 'link', value: new URL(href, location.href).href });
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(document.documentElement);
  addEventListener('message', onReady);
  root.addEventListener('click', onClick);
  // Chrome renders no hidden cross-origin frame, so no ResizeObserver reports before wp-embed.js shows
  // this one, which it does on the first message: that one is measured (a forced layout) and sent now.
  send();
  return () => {
    observer.disconnect();
    removeEventListener('message', onReady);
    root.removeEventListener('click', onClick);
  };
}

const root = document.querySelector<HTMLElement>('timeline-embed');
const secret = wordpressSecret(location.hash);
// For the page's lifetime: the widget is the whole page, and this script runs only in WordPress.
if (root && secret && parent !== self) followWordPress(root, secret);
