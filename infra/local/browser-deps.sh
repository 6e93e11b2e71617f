#!/usr/bin/env bash
# Installs what the browser tests and the scan-to-content benchmark need from Debian:
# Chromium (driven by Playwright, never a downloaded browser build) and zbar-tools (zbarimg
# decodes the printed QR codes). Idempotent: prints nothing when both are already there.
# Usage: infra/local/browser-deps.sh [--with-nginx]   (nginx is the benchmark's floor)
set -euo pipefail

want=(chromium:/usr/bin/chromium zbar-tools:/usr/bin/zbarimg)
if [[ "${1:-}" == "--with-nginx" ]]; then
  want+=(nginx:/usr/sbin/nginx)
fi

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

echo "browser-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
"${as_root[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
