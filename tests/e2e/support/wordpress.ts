import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** WordPress's own code, as scripts/get-wordpress.sh unpacks Debian's wordpress package. */
export const WORDPRESS_ROOT = join(process.cwd(), '.cache/wordpress/usr/share/wordpress');

/** Gets php-cli and WordPress when they are missing (quick when they are not); fails with the reason when it cannot. */
export function getWordPress(): void {
  try {
    execFileSync('sh', ['scripts/get-wordpress.sh'], { stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (error) {
    const reason = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    throw new Error(`This test runs WordPress's own code, and scripts/get-wordpress.sh could not get it: ${reason}`, {
      cause: error,
    });
  }
}

/** What WordPress's wp_filter_oembed_result returns for each response pasted as `url` (false: dropped). */
export function filterOembed(items: { url: string; response: unknown }[]): (string | false)[] {
  const out = execFileSync('php', ['tests/e2e/support/wordpressFilter.php', WORDPRESS_ROOT], {
    input: JSON.stringify(items),
  });
  return JSON.parse(out.toString()) as (string | false)[];
}

/**
 * A post with the filtered html in it, as WordPress 6.1 shows an embed block: its figure (without the
 * aspect-ratio classes, which the block editor gives no frame of ours), the block library's CSS and,
 * in the footer, wp-embed.js, all served by the host from WordPress's own files.
 */
export function wordpressPost(html: string): string {
  return `<link rel="stylesheet" href="/wp-includes/css/dist/block-library/style.min.css">
<style>figure{margin:16px}</style>
<figure class="wp-block-embed is-type-rich is-provider-the-exchange-hack wp-block-embed-the-exchange-hack">
<div class="wp-block-embed__wrapper">
${html}
</div></figure>
<script src="/wp-includes/js/wp-embed.js"></script>`;
}
