/**
 * WordPress's embed protocol as wp-includes/js/wp-embed.js speaks it (WordPress 6.1): the host adds a
 * secret to the frame's address, and the frame addresses every message to it by that secret.
 */

/** The secret's only shape: what wp_filter_oembed_result appends, ten letters or digits, the whole hash. */
const SECRET = /^#\?secret=([A-Za-z\d]{10})$/;

/** wp-embed.js clamps every frame to this height, so a widget in WordPress must fit in it. */
export const WORDPRESS_MAX_HEIGHT = 1000;

/** A message to wp-embed.js: a height for the frame, or a URL of this site for the top window. */
export interface WordPressMessage {
  secret: string;
  message: 'height' | 'link';
  value: number | string;
}

/** The secret in a frame's hash, or null when it is not exactly of WordPress's shape (the frame is elsewhere). */
export function wordpressSecret(hash: string): string | null {
  return SECRET.exec(hash)?.[1] ?? null;
}

/** Whether `data` is wp-embed.js asking this frame, by its secret, to send its height again. */
export function isReadyMessage(data: unknown, secret: string): boolean {
  const { message, secret: theirs } = (data ?? {}) as Record<string, unknown>;
  return message === 'ready' && theirs === secret;
}
