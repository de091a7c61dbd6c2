#!/usr/bin/env bash
# Every check the project runs, in order; prints "N passed, N failed" last.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0
step() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "!! $name failed"; fi
}
step typecheck npx tsc --noEmit
step build npx tsup
step test npx vitest run
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
