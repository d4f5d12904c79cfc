#!/usr/bin/env bash
# Long reliability runs of specdesk-core and its CLI (see docs/reliability.md).
#
#   bash scripts/reliability.sh                 # everything, full size
#   SPECDESK_ONLY=crash,fuzz bash scripts/reliability.sh
#   SPECDESK_RUNS=500 SPECDESK_FUZZ_CASES=20000 bash scripts/reliability.sh   # a shorter pass
#
# Scale (defaults are the targets of docs/reliability.md):
#   SPECDESK_RUNS          concurrent-writer interleavings     (10000)
#   SPECDESK_THREADS       interleavings run at once           (12; they mostly wait)
#   SPECDESK_KILLS         SIGKILLs during saves               (1000)
#   SPECDESK_FUZZ_CASES    fuzz inputs over the four targets   (1000000)
#   SPECDESK_PATHO_DIVISOR pathological sizes divided by       (1: 10 MB, 100,000 levels)
#   SPECDESK_SEED          base seed of every randomised part  (each test's fixed default)
#   SPECDESK_ONLY          comma list of: quick,concurrent,crash,fuzz,pathological,cli (all)
# A failure prints the seed and the command that repeats it. Logs go to
# $CARGO_TARGET_DIR/reliability (default target/reliability), a summary to summary.txt there.
set -euo pipefail

cd "$(dirname "$0")/.."
export SPECDESK_RUNS="${SPECDESK_RUNS:-10000}"
export SPECDESK_THREADS="${SPECDESK_THREADS:-12}"
export SPECDESK_KILLS="${SPECDESK_KILLS:-1000}"
export SPECDESK_FUZZ_CASES="${SPECDESK_FUZZ_CASES:-1000000}"
export SPECDESK_PATHO_DIVISOR="${SPECDESK_PATHO_DIVISOR:-1}"
only="${SPECDESK_ONLY:-quick,concurrent,crash,fuzz,pathological,cli}"
target_dir="${CARGO_TARGET_DIR:-target}"
logs="$target_dir/reliability"
mkdir -p "$logs"
summary="$logs/summary.txt"
: >"$summary"

wanted() { [[ ",$only," == *",$1,"* ]]; }

# The test binaries and the CLI, built once (debug: no release builds on shared machines).
cargo test -p specdesk-core --tests --no-run --quiet
cargo build -p specdesk-cli --quiet
export SPECDESK_CLI="$target_dir/debug/specdesk-cli"

failed=0
# run NAME TEST [FILTER] — one test binary of specdesk-core, logged, its figures summarised.
run() {
  local name="$1" test="$2" filter="${3:-}"
  local log="$logs/$name.log"
  local started
  started=$(date +%s)
  echo "== $name ($(date -u +%H:%M:%S) UTC) → $log"
  if nice cargo test -p specdesk-core --test "$test" --quiet -- --nocapture $filter >"$log" 2>&1; then
    status=passed
  else
    status=FAILED
    failed=1
  fi
  {
    echo "## $name: $status in $(($(date +%s) - started)) s"
    grep -E '^(concurrent writers|crash:|fuzz |  [0-9]|  [a-z0-9].*(steps|events|losses|overwrites|no loss)|pathological|  [0-9,]+ |[0-9]+ cleanups|corpus:|[0-9]+ generated|[0-9]+ escape|cli:|test result|FAILED|repeat:)' "$log" || true
    echo
  } | tee -a "$summary"
}

if wanted quick; then
  echo "== quick: the whole normal test suite of specdesk-core (at its own, small scale)"
  if env -u SPECDESK_RUNS -u SPECDESK_THREADS -u SPECDESK_KILLS -u SPECDESK_FUZZ_CASES \
    -u SPECDESK_PATHO_DIVISOR nice cargo test -p specdesk-core --quiet >"$logs/quick.log" 2>&1; then
    echo "## quick suite: passed" | tee -a "$summary"
  else
    echo "## quick suite: FAILED (see $logs/quick.log)" | tee -a "$summary"
    failed=1
  fi
  grep -E 'corpus:|generated files|escape attempts' "$logs/quick.log" | tee -a "$summary" || true
fi
wanted concurrent && run concurrent reliability_concurrent concurrent_writers
wanted crash && run crash reliability_crash
wanted pathological && run pathological reliability_pathological pathological_inputs
wanted cli && run cli reliability_cli
wanted fuzz && run fuzz reliability_fuzz

echo "summary: $summary"
exit "$failed"
