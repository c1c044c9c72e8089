#!/usr/bin/env bash
# Puts Node.js 24 first on PATH when the `node` found is older (or missing).
#
#   source scripts/node24.sh     # in this shell: node -v → v24.x
#   scripts/node24.sh            # installs only, prints the bin directory to put on PATH
#
# A machine that already has Node ≥ 24 is left alone. Otherwise the official binary is installed
# from the npm registry (the `node-linux-<arch>` package ships it, no other download) into
# ${CEJ_NODE_CACHE:-~/.cache/cej-node}/<version> (without HOME: $TMPDIR/cej-node), once; later
# calls reuse it. npm itself stays the one installed with the system Node (npm ≥ 10 runs on
# Node 24), and runs on Node 24 once this directory is first on PATH — so run `npm ci` after
# sourcing, not before.

cej_node24_version="${CEJ_NODE_VERSION:-24.22.3}"
cej_node24_required=24

cej_node24_main() {
  local have=""
  if command -v node >/dev/null 2>&1; then
    have="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || true)"
  fi
  if [ -n "$have" ] && [ "$have" -ge "$cej_node24_required" ]; then
    return 0
  fi
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "node24: no Node.js binary package for $(uname -m); install Node.js ≥ $cej_node24_required by hand" >&2; return 1 ;;
  esac
  local os
  case "$(uname -s)" in
    Linux) os=linux ;;
    Darwin) os=darwin ;;
    *) echo "node24: no Node.js binary package for $(uname -s); install Node.js ≥ $cej_node24_required by hand" >&2; return 1 ;;
  esac
  local pkg="node-${os}-${arch}"
  # Under `set -u` (as in .ci/run) an unset HOME must not abort: fall back to the temporary directory.
  local cache="${CEJ_NODE_CACHE:-${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}}"
  [ -n "${CEJ_NODE_CACHE:-}" ] || cache="${cache:-${TMPDIR:-/tmp}}/cej-node"
  local prefix="$cache/${cej_node24_version}"
  local bin="$prefix/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "node24: neither Node.js ≥ $cej_node24_required nor npm found; install Node.js $cej_node24_required" >&2
      return 1
    fi
    echo "node24: system node is ${have:-missing}; installing $pkg@$cej_node24_version into $prefix" >&2
    mkdir -p "$prefix"
    # --ignore-scripts: the package only ships the binary; nothing needs to run at install.
    npm install --prefix "$prefix" --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
      "$pkg@$cej_node24_version" >&2 || { echo "node24: npm install $pkg@$cej_node24_version failed" >&2; return 1; }
  fi
  "$bin/node" -e 'process.exit(+process.versions.node.split(".")[0] >= +process.argv[1] ? 0 : 1)' \
    "$cej_node24_required" || { echo "node24: $bin/node does not run" >&2; return 1; }
  case ":$PATH:" in
    *":$bin:"*) ;;
    *) PATH="$bin:$PATH"; export PATH ;;
  esac
  hash -r 2>/dev/null || true
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  cej_node24_main
else
  set -euo pipefail
  cej_node24_main
  dirname "$(command -v node)"
fi
