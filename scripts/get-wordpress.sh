#!/bin/sh
# Gets what the WordPress tests (tests/e2e/wordpress*.spec.ts) run: PHP's command line, and WordPress's own
# code from Debian's `wordpress` package (6.1 on Debian 12), unpacked into .cache/wordpress (ignored by
# git). Quick when both are there; run by .ci/run and by the tests themselves. Exits non-zero with one
# line saying what is missing when it cannot get them.
set -eu
cd "$(dirname "$0")/.."
dir=.cache/wordpress
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

if ! command -v php >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "The WordPress tests need PHP's command line (php-cli, PHP 8) on the PATH." >&2
    exit 1
  fi
  echo "Installing Debian's php-cli for the WordPress tests..."
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq php-cli >/dev/null
fi

if [ ! -f "$dir/usr/share/wordpress/wp-includes/js/wp-embed.js" ]; then
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-deb >/dev/null 2>&1; then
    echo "The WordPress tests need apt-get and dpkg-deb to fetch Debian's wordpress package." >&2
    exit 1
  fi
  echo "Fetching Debian's wordpress package for the WordPress tests..."
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  # apt-get download needs the package lists; a fresh machine may have none yet.
  (cd "$tmp" && { apt-get download -qq wordpress 2>/dev/null || { $sudo apt-get update -qq && apt-get download -qq wordpress; }; }) ||
    { echo "Could not download Debian's wordpress package (apt-get download wordpress)." >&2; exit 1; }
  mkdir -p "$tmp/root" .cache
  dpkg-deb -x "$tmp"/wordpress_*.deb "$tmp/root"
  # Another test worker may have unpacked it meanwhile; either copy is the same package.
  mv -T "$tmp/root" "$dir" 2>/dev/null || [ -f "$dir/usr/share/wordpress/wp-includes/js/wp-embed.js" ]
fi
