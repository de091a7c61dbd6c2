#!/usr/bin/env bash
# Every check the project runs (npm run check; .ci/run runs it after npm ci).
#
#   build and lint; vitest (unit, property, regex audit, examples, dist, CLI tests), run under
#   TZ=UTC; dates under Asia/Tokyo and America/Los_Angeles, compared with that UTC run; bench
#   smoke, typecheck, attw, publint, typedoc, size budgets.
#
# Every step runs even when an earlier one failed, so one run reports everything. The last line
# is exactly "N passed, N failed": N counts vitest's test cases one by one, plus one for each
# other step. The exit status is non-zero when anything failed.
#
# Steps that do not need each other's results run side by side, as many at a time as the
# machine has cores (CHECK_JOBS=N to change it; CHECK_JOBS=1 runs one after another); each one's
# output is kept apart and printed whole, in the order listed here, when its group is done.
#
# Each step has a time budget (a hang guard, so CI cannot stall; not a performance check), wide
# enough for a step that shares the machine with its group and with other work.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()
work=$(mktemp -d "${TMPDIR:-/tmp}/newsfacts-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
export work
jobs_at_once=${CHECK_JOBS:-$(nproc 2>/dev/null || echo 1)}
[ "$jobs_at_once" -ge 1 ] 2>/dev/null || jobs_at_once=1

# Steps are queued with `step`, then `run_group` runs the queue side by side (at most
# $jobs_at_once at a time) and reports each one in queue order. A step's command runs through
# bash -c, so it can be a shell function (exported below) as well as a command.
queue=()

# step NAME BUDGET_SECONDS COMMAND...: one check, counted once.
step() {
  local name=$1 budget=$2
  shift 2
  queue+=("step" "$name" "$budget" "$(printf '%q ' "$@")")
}

# vitest_step NAME BUDGET_SECONDS COMMAND...: a vitest run writing its JSON report to
# $work/vitest.json, counted per test case.
vitest_step() {
  local name=$1 budget=$2
  shift 2
  queue+=("vitest" "$name" "$budget" "$(printf '%q ' "$@")")
}

# vitest_counts FILE: "passed failed" from a vitest JSON report.
vitest_counts() {
  node -e '
    const r = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    console.log(`${r.numPassedTests} ${r.numFailedTests}`);
  ' "$1" 2>/dev/null
}

run_group() {
  local n=$((${#queue[@]} / 4)) i
  for ((i = 0; i < n; i++)); do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs_at_once" ]; do wait -n; done
    (
      t0=$SECONDS
      timeout --kill-after=10 "${queue[4 * i + 2]}" bash -c "${queue[4 * i + 3]}" >"$work/step-$i.out" 2>&1 </dev/null
      echo "$? $((SECONDS - t0))" >"$work/step-$i.rc"
      times >"$work/step-$i.times" # the second line: CPU of the step's processes
    ) &
  done
  wait
  for ((i = 0; i < n; i++)); do
    local kind=${queue[4 * i]} name=${queue[4 * i + 1]} budget=${queue[4 * i + 2]} rc secs
    read -r rc secs <"$work/step-$i.rc" || { rc=1 secs=?; }
    # "N s" of wall time and the CPU time (user + system) the step's processes used: on a
    # busy machine the wall time says little, the CPU time stays about the same.
    secs="$secs s, CPU $(awk 'NR == 2 { t = 0; for (f = 1; f <= 2; f++) { split($f, a, /[ms]/); t += a[1] * 60 + a[2] } printf "%.0f", t }' "$work/step-$i.times" 2>/dev/null) s"
    echo
    echo "== $name"
    cat "$work/step-$i.out"
    if [ "$kind" = vitest ]; then
      local counts vp vf
      counts=$(vitest_counts "$work/vitest.json")
      if [ -n "$counts" ]; then
        read -r vp vf <<<"$counts"
        passed=$((passed + vp))
        failed=$((failed + vf))
        echo "-- vitest: $vp passed, $vf failed ($secs)"
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
    elif [ "$rc" -eq 0 ]; then
      passed=$((passed + 1))
      echo "-- $name: ok ($secs)"
    else
      failed=$((failed + 1))
      failures+=("$name")
      [ "$rc" -eq 124 ] && echo "!! $name: stopped after its ${budget} s budget"
      echo "!! $name: FAILED ($secs)"
    fi
  done
  queue=()
}

# ---------------------------------------------------------------- build and lint
# eslint reads the sources only (dist/ is ignored), so it runs beside the build.
step build 600 npx tsup
step lint 600 npx eslint .
run_group

# ---------------------------------------------------------------- vitest
# After the build (the dist, examples and CLI tests run dist/), and alone: it keeps every core
# busy itself, and its hostile-input tests have a hang guard that a crowded machine can trip.
# It runs every test file under TZ=UTC, writing the dates table of test/dates-tz.test.ts: it is
# the UTC run of the time-zone check below, whose other zones are compared with it.
vitest_main() {
  TZ=UTC NEWSFACTS_TZ_OUT="$work/tz-table-0.json" \
    npx vitest run --reporter=default --reporter=json --outputFile.json="$work/vitest.json"
}
export -f vitest_main
vitest_step "vitest (every test file: src/**/*.test.ts, test/**/*.test.ts; TZ=UTC)" 1800 vitest_main
run_group

# ---------------------------------------------------------------- dates under three time zones
# The dates facet's tests and test/dates-tz.test.ts under TZ=UTC (the vitest run above), and
# again under Asia/Tokyo and America/Los_Angeles, each zone in a process of its own; each run
# must pass, and the table of resolved dates (and every test's outcome) must be identical
# across the zones.
dates_under_zones() {
  local zones=(UTC Asia/Tokyo America/Los_Angeles) i ok=0
  # The UTC run's outcomes: the same files' results, out of the whole run's report.
  node -e '
    const fs = require("node:fs");
    const r = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const ours = (f) => /[\\/]src[\\/]dates/u.test(f.name) || /[\\/]test[\\/]dates-tz\.test\.ts$/u.test(f.name);
    fs.writeFileSync(process.argv[2], JSON.stringify({ testResults: r.testResults.filter(ours) }));
  ' "$work/vitest.json" "$work/tz-tests-0.json" || { echo "!! no report of the UTC run (vitest above)"; ok=1; }
  local pids=()
  for ((i = 1; i < ${#zones[@]}; i++)); do
    TZ=${zones[i]} NEWSFACTS_TZ_OUT="$work/tz-table-$i.json" \
      npx vitest run src/dates test/dates-tz.test.ts --reporter=dot --reporter=json --outputFile.json="$work/tz-tests-$i.json" \
      >"$work/tz-run-$i.out" 2>&1 &
    pids+=($!)
  done
  for ((i = 1; i < ${#zones[@]}; i++)); do
    local rc=0
    wait "${pids[i - 1]}" || rc=$?
    echo "-- TZ=${zones[i]}"
    cat "$work/tz-run-$i.out"
    if [ "$rc" -ne 0 ]; then
      echo "!! the date tests fail under TZ=${zones[i]}"
      ok=1
    fi
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
step "dates under TZ=UTC, Asia/Tokyo, America/Los_Angeles" 900 dates_under_zones

# ---------------------------------------------------------------- bench smoke
# Queued early in its group: with the time-zone runs, the longest steps of the group.
if [ -f bench/run.mjs ]; then
  step "bench smoke (bench/run.mjs --quick)" 600 node bench/run.mjs --quick
fi

# ---------------------------------------------------------------- typecheck
# After the build: examples/typescript.ts imports "newsfacts", which resolves through the
# package's own exports to dist/*.d.ts.
step typecheck 600 npx tsc --noEmit

# ---------------------------------------------------------------- packaging and docs
step "attw --pack ." 600 npx attw --pack .
step "publint --strict" 600 npx publint --strict
step "typedoc (warnings as errors)" 600 npx typedoc

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
  step "size budgets" 600 size_budgets
fi

run_group

# ---------------------------------------------------------------- summary
echo
if [ "${#failures[@]}" -gt 0 ]; then
  echo "failed:"
  printf '  - %s\n' "${failures[@]}"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
