#!/usr/bin/env bash
# Every check the project runs, in order (npm run check; .ci/run runs it after npm ci).
#
#   build, typecheck, lint, vitest (unit, property, regex audit, examples, dist, CLI tests),
#   dates under TZ=UTC / Asia/Tokyo / America/Los_Angeles, attw, publint, typedoc,
#   size budgets, bench smoke.
#
# Every step runs even when an earlier one failed, so one run reports everything. The last line
# is exactly "N passed, N failed": N counts vitest's test cases one by one, plus one for each
# other step. The exit status is non-zero when anything failed.
#
# Each step has a time budget (a hang guard, so CI cannot stall; not a performance check).
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()
work=$(mktemp -d "${TMPDIR:-/tmp}/newsfacts-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
export work

# step NAME BUDGET_SECONDS COMMAND...: one check, counted once.
step() {
  local name=$1 budget=$2
  shift 2
  echo
  echo "== $name"
  local t0=$SECONDS
  # Through bash -c so a step can be a shell function (exported below) as well as a command.
  if timeout --kill-after=10 "$budget" bash -c '"$@"' bash "$@"; then
    passed=$((passed + 1))
    echo "-- $name: ok ($((SECONDS - t0)) s)"
  else
    local rc=$?
    failed=$((failed + 1))
    failures+=("$name")
    [ "$rc" -eq 124 ] && echo "!! $name: stopped after its ${budget} s budget"
    echo "!! $name: FAILED ($((SECONDS - t0)) s)"
  fi
}

# vitest_counts FILE: "passed failed" from a vitest JSON report.
vitest_counts() {
  node -e '
    const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${r.numPassedTests} ${r.numFailedTests}`);
  ' "$1" 2>/dev/null
}

# ---------------------------------------------------------------- build, then static checks
# The build comes first: examples/typescript.ts imports "newsfacts", which resolves through the
# package's own exports to dist/*.d.ts, so on a clean clone tsc needs dist/ to exist.
step build 300 npx tsup
step typecheck 300 npx tsc --noEmit
step lint 300 npx eslint .

# ---------------------------------------------------------------- vitest: counted per test case
echo
echo "== vitest (every test file: src/**/*.test.ts, test/**/*.test.ts)"
t0=$SECONDS
timeout --kill-after=10 900 npx vitest run --reporter=default --reporter=json --outputFile.json="$work/vitest.json"
rc=$?
counts=$(vitest_counts "$work/vitest.json")
if [ -n "$counts" ]; then
  read -r vp vf <<<"$counts"
  passed=$((passed + vp))
  failed=$((failed + vf))
  echo "-- vitest: $vp passed, $vf failed ($((SECONDS - t0)) s)"
  [ "$vf" -gt 0 ] && failures+=("vitest: $vf test(s)")
  # A file that fails to load, or a crash, fails no test case but must still fail the run.
  if [ "$rc" -ne 0 ] && [ "$vf" -eq 0 ]; then
    failed=$((failed + 1))
    failures+=("vitest (exit $rc with no failed test: a file failed to load?)")
  fi
else
  failed=$((failed + 1))
  failures+=("vitest (no report: exit $rc)")
  echo "!! vitest: no JSON report (exit $rc)"
fi

# ---------------------------------------------------------------- dates under three time zones
# The dates facet's tests and test/dates-tz.test.ts, once per zone; each run must pass, and the
# table of resolved dates (and every test's outcome) must be identical across the zones.
dates_under_zones() {
  local zones=(UTC Asia/Tokyo America/Los_Angeles) i=0 ok=0
  for tz in "${zones[@]}"; do
    echo "-- TZ=$tz"
    if ! TZ=$tz NEWSFACTS_TZ_OUT="$work/tz-table-$i.json" \
      npx vitest run src/dates test/dates-tz.test.ts --reporter=dot --reporter=json --outputFile.json="$work/tz-tests-$i.json"; then
      echo "!! the date tests fail under TZ=$tz"
      ok=1
    fi
    i=$((i + 1))
  done
  node -e '
    const fs = require("node:fs");
    const [dir, n] = [process.argv[1], Number(process.argv[2])];
    const zones = process.argv.slice(3);
    const outcomes = (i) => {
      const r = JSON.parse(fs.readFileSync(`${dir}/tz-tests-${i}.json`, "utf8"));
      return r.testResults
        .flatMap((f) => f.assertionResults.map((t) => `${t.status} ${[...t.ancestorTitles.slice(1), t.title].join(" > ")}`))
        .sort()
        .join("\n");
    };
    let bad = 0;
    for (let i = 1; i < n; i++) {
      for (const [what, read] of [
        ["resolved-dates table", (k) => fs.readFileSync(`${dir}/tz-table-${k}.json`, "utf8")],
        ["test outcomes", outcomes],
      ]) {
        let a, b;
        try { a = read(0); b = read(i); } catch (e) { console.log(`!! no ${what} for a zone: ${e.message}`); bad++; continue; }
        if (a !== b) {
          bad++;
          const [la, lb] = [a.split("\n"), b.split("\n")];
          const at = la.findIndex((line, k) => line !== lb[k]);
          console.log(`!! ${what} differs between TZ=${zones[0]} and TZ=${zones[i]} (line ${at + 1}):\n   ${la[at]}\n   ${lb[at]}`);
        }
      }
    }
    if (bad === 0) console.log(`identical under ${zones.join(", ")}`);
    process.exit(bad ? 1 : 0);
  ' "$work" "${#zones[@]}" "${zones[@]}" || ok=1
  return $ok
}
export -f dates_under_zones
step "dates under TZ=UTC, Asia/Tokyo, America/Los_Angeles" 600 dates_under_zones

# ---------------------------------------------------------------- packaging and docs
step "attw --pack ." 300 npx attw --pack .
step "publint --strict" 300 npx publint --strict
step "typedoc (warnings as errors)" 300 npx typedoc

# ---------------------------------------------------------------- size budgets
# size-limit 14 needs Node >= 22; on older Node, bench/size.mjs checks the same budgets with esbuild.
size_budgets() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -ge 22 ] || [ ! -f bench/size.mjs ]; then npx size-limit; else node bench/size.mjs; fi
}
if [ -f .size-limit.json ] || [ -f .size-limit.js ] || [ -f .size-limit.cjs ] || [ -f .size-limit.mjs ] || [ -f .size-limit.ts ] ||
  node -e 'process.exit(require("./package.json")["size-limit"] ? 0 : 1)'; then
  export -f size_budgets
  step "size budgets" 300 size_budgets
fi

# ---------------------------------------------------------------- bench smoke
if [ -f bench/run.mjs ]; then
  step "bench smoke (bench/run.mjs --quick)" 300 node bench/run.mjs --quick
fi

# ---------------------------------------------------------------- summary
echo
if [ "${#failures[@]}" -gt 0 ]; then
  echo "failed:"
  printf '  - %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
