<?php
/**
 * Runs WordPress's own wp_filter_oembed_result (wp-includes/embed.php) over oEmbed responses, as
 * WordPress does to a response from a provider not on its built-in list before it shows it in a post.
 * Argument: the WordPress root (…/usr/share/wordpress). Standard input: a JSON array of
 * { "url": the address an editor pasted, "response": the oEmbed response }. Standard output: a JSON
 * array of what the filter returned for each, a string of HTML or false.
 */
define('ABSPATH', rtrim($argv[1], '/') . '/');
define('WPINC', 'wp-includes');
require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/pluggable.php';
require ABSPATH . WPINC . '/class-wp-oembed.php';
require ABSPATH . WPINC . '/embed.php';

// WordPress without its database: the only option the filter reads is the newsroom's own address,
// which WP_oEmbed's list of providers is built with.
function home_url($path = '') {
  return 'https://newsroom.example' . $path;
}

$out = [];
foreach (json_decode(file_get_contents('php://stdin')) as $item) {
  $out[] = wp_filter_oembed_result($item->response->html, $item->response, $item->url);
}
echo json_encode($out, JSON_UNESCAPED_SLASHES), "\n";
