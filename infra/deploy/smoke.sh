#!/usr/bin/env bash
# After a deploy: the public host answers, and no path the functions serve answers with a server error.
# Every request is one that stores nothing (an unknown code, a survey post that is not a form).
# Usage: infra/deploy/smoke.sh https://HOST
#   SMOKE_HOME_ATTEMPTS (default 20) x SMOKE_RETRY_SECONDS (default 30): how long a new Front Door
#   endpoint or custom domain may take before the home page answers 200.
set -euo pipefail

base="${1:?usage: smoke.sh BASE_URL}"
base="${base%/}"
home_attempts="${SMOKE_HOME_ATTEMPTS:-20}"
retry_seconds="${SMOKE_RETRY_SECONDS:-30}"
unknown_code=SMOKE-NO-SUCH-CODE

# status METHOD PATH [curl options]: the HTTP status, or 000 when nothing answered.
status() {
  local method=$1 path=$2
  shift 2
  curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -X "$method" "$@" "$base$path" 2>/dev/null || true
}

attempt=1
until [[ "$(status GET /)" == 200 ]]; do
  if ((attempt >= home_attempts)); then
    echo "smoke: FAILED: GET $base/ did not answer 200 after $attempt attempts" >&2
    exit 1
  fi
  echo "smoke: GET / not answering 200 yet (attempt $attempt); retrying in ${retry_seconds}s"
  sleep "$retry_seconds"
  attempt=$((attempt + 1))
done
echo "smoke: ok GET / 200"

# check METHOD PATH [curl options]: fails on a 5xx, or when nothing answers three times.
check() {
  local method=$1 path=$2 code=000
  for _ in 1 2 3; do
    code=$(status "$@")
    [[ "$code" != 000 ]] && break
    sleep 2
  done
  if [[ "$code" == 000 || "$code" == 5* ]]; then
    echo "smoke: FAILED: $method $path answered ${code/#000/nothing}" >&2
    exit 1
  fi
  echo "smoke: ok $method $path $code"
}

check GET "/s/$unknown_code"
check GET "/go/$unknown_code"
check GET "/api/qr/$unknown_code.svg"
check POST /api/survey -H 'Content-Type: application/json' --data '{}'
