#!/bin/sh
# Runs a command under Node >= 22.12 with the project's dependencies installed.
# When the Node on PATH is older, fetches Node 24 from the npm registry (the node-<platform>-<arch>
# package) into .toolchain/node, once, and puts it first on PATH. No global install, no root.
set -e
root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)

recent_enough() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}

if ! recent_enough; then
  old=$(node -v 2>/dev/null || echo "no Node")
  case "$(uname -s)" in Darwin) os=darwin ;; MINGW* | MSYS* | CYGWIN*) os=win ;; *) os=linux ;; esac
  case "$(uname -m)" in x86_64 | amd64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
  pkg="node-$os-$arch"
  bin="$root/.toolchain/node/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ]; then
    npm install --prefix "$root/.toolchain/node" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$pkg@24" >/dev/null
  fi
  PATH="$bin:$PATH"
  export PATH
  echo "Node $old on PATH is older than 22.12; using the project's own Node $(node -v) from .toolchain/node."
fi

# Install (or refresh) dependencies when node_modules is missing or older than the lockfile.
if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi

export ASTRO_TELEMETRY_DISABLED=1
exec "$@"
