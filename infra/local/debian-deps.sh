#!/usr/bin/env bash
# Installs what the tests, the smoke run and the benchmarks need from Debian: Chromium (driven by Playwright, never a
# downloaded browser build), zbar-tools (zbarimg decodes the printed QR codes), poppler-utils
# (pdftoppm rasterises the slip sheets Chromium prints to PDF), faketime (libfaketime sets the clock of
# the worker process the tests start) and tmux (the smoke run's terminal, for a real Ctrl-C).
# Idempotent: prints nothing when everything is already there.
# Usage: infra/local/debian-deps.sh [--no-tests] [--with-nginx] [--with-clang] [--with-hugo]
#   nginx is the scan benchmarks' floor; clang links the native (AOT) publisher (infra/publisher/build.sh); Hugo is
#   the build benchmarks' reference; --no-tests leaves out the tests' own packages (for a script that needs one tool).
set -euo pipefail

tests=(chromium:/usr/bin/chromium zbar-tools:/usr/bin/zbarimg poppler-utils:/usr/bin/pdftoppm faketime:/usr/bin/faketime tmux:/usr/bin/tmux)
want=()
for option in "$@"; do
  case "$option" in
    --no-tests) tests=() ;;
    --with-nginx) want+=(nginx:/usr/sbin/nginx) ;;
    --with-clang) want+=(clang:/usr/bin/clang) ;;
    --with-hugo) want+=(hugo:/usr/bin/hugo) ;;
    *) echo "debian-deps: unknown option $option (--no-tests, --with-nginx, --with-clang, --with-hugo)" >&2; exit 2 ;;
  esac
done
want+=("${tests[@]}")

missing=()
for pair in "${want[@]}"; do
  package="${pair%%:*}"
  binary="${pair#*:}"
  [[ -x "$binary" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

as_root=()
if [[ "$(id -u)" -ne 0 ]]; then
  as_root=(sudo)
fi

echo "debian-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
