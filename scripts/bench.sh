#!/usr/bin/env bash
# Reproduce every figure in docs/benchmarks.md, in one run on one machine:
#
#   scripts/bench.sh            # everything (about 35 minutes on 2 cores)
#   scripts/bench.sh whole      # only the whole-process comparison (hyperfine)
#   scripts/bench.sh scaling    # only 10 -> 5,000 features (time and memory)
#   scripts/bench.sh criterion  # only the criterion benches of specdesk-core
#   scripts/bench.sh app        # the desktop app's own figures (release build, under Xvfb):
#                               # start-up, memory, keystroke -> preview (20 KB and 1 MB)
#
# Not part of the test run. Needs: cargo, hyperfine, node + npm, python3, GNU time.
# Environment: BENCH_DIR (corpora and results, default /tmp/specdesk-bench), MDL_DIR (where
# markdownlint-cli2 is installed with npm, default ~/.cache/specdesk/mdl), CARGO_TARGET_DIR,
# SEED (default 1); SIZES and COMPARE_AT only to try the script on small corpora. Results land in $BENCH_DIR/results (summary.md, hyperfine JSON, logs).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/specdesk-bench}
MDL_DIR=${MDL_DIR:-$HOME/.cache/specdesk/mdl}
MDL_VERSION=0.22.0 # the newest release that supports Node 20
SEED=${SEED:-1}
read -r -a SIZES <<<"${SIZES:-10 100 1000 5000}"
COMPARE_AT=${COMPARE_AT:-1000}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
CORPORA=$BENCH_DIR/corpora
RESULTS=$BENCH_DIR/results
BIN=$CARGO_TARGET_DIR/release
CLI=$BIN/specdesk-cli
FLOOR=$BIN/floor
MDL="node $MDL_DIR/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"
WHAT=${1:-all}

log() { printf '\n== %s\n' "$*" >&2; }

# The machine is shared: note the load average when each part starts.
note_load() { printf '%s\t%s\n' "$1" "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$RESULTS/load.tsv"; }

build() {
  log "release build of specdesk-cli, gen-corpus and floor"
  (cd "$ROOT" && cargo build --release --locked -p specdesk-cli -p specdesk-bench)
}

install_markdownlint() {
  local installed
  installed=$(node -e "try{console.log(require('$MDL_DIR/node_modules/markdownlint-cli2/package.json').version)}catch(e){}")
  if [[ "$installed" != "$MDL_VERSION" ]]; then
    log "installing markdownlint-cli2 $MDL_VERSION into $MDL_DIR (outside the repository)"
    mkdir -p "$MDL_DIR"
    [[ -f "$MDL_DIR/package.json" ]] || echo '{"private": true}' >"$MDL_DIR/package.json"
    (cd "$MDL_DIR" && npm install --no-audit --no-fund --silent "markdownlint-cli2@$MDL_VERSION")
  fi
}

corpora() {
  for n in "${SIZES[@]}"; do
    log "corpus of $n features (seed $SEED)"
    "$BIN/gen-corpus" --features "$n" --seed "$SEED" --out "$CORPORA/$n" --force
  done
}

machine() {
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)"
    echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "kernel: $(uname -sr)"
    echo "rustc: $(rustc --version)"
    echo "node: $(node --version)"
    echo "markdownlint-cli2: $MDL_VERSION (default rules, no configuration file)"
    echo "hyperfine: $(hyperfine --version)"
    echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    for n in "${SIZES[@]}"; do
      echo "corpus $n: $("$FLOOR" "$CORPORA/$n") (all .md); plans: $("$FLOOR" "$CORPORA/$n" --name plan.md)"
    done
  } >"$RESULTS/machine.txt"
  cat "$RESULTS/machine.txt" >&2
}

# Cold runs, two ways. "cold" is the issue's definition: the first run after writing the files,
# so before every run a fresh copy of the corpus is written (the files are new to every program,
# and to the page cache only as just-written data). "disk-cold" is harsher: the page cache,
# dentries and inodes are dropped before every run, so every program reads the corpus (and
# itself) from the disk; it needs root, and is skipped without it.
FRESH_COPY="rm -rf cold && cp -r $COMPARE_AT cold"
DROP_CACHES="sync; echo 3 > /proc/sys/vm/drop_caches"

# One hyperfine run, side by side: check, the floor (the same plan files; every .md file),
# status (reads every document) and markdownlint-cli2 (default rules, the same plan files).
# Commands run from $CORPORA with relative paths, so output paths are short and a fresh copy
# never pulls the working directory away.
whole() {
  local c=$COMPARE_AT
  note_load "whole, warm"
  log "whole process, warm, $c features"
  (cd "$CORPORA" && hyperfine -N -i --warmup 2 --min-runs 5 --max-runs 20 \
    --export-json "$RESULTS/whole-warm.json" \
    -n "specdesk-cli check" "$CLI check $c" \
    -n "floor (plan.md)" "$FLOOR $c --name plan.md" \
    -n "floor (all .md)" "$FLOOR $c" \
    -n "specdesk-cli status" "$CLI status $c" \
    -n "markdownlint-cli2 (plan.md)" "$MDL $c/specs/**/plan.md") 2>&1 | tee "$RESULTS/whole-warm.log"

  note_load "whole, cold"
  log "whole process, cold (a fresh copy of the files before every run), $c features"
  (cd "$CORPORA" && eval "$FRESH_COPY" && hyperfine -N -i --runs 10 --prepare "sh -c '$FRESH_COPY'" \
    --export-json "$RESULTS/whole-cold.json" \
    -n "specdesk-cli check" "$CLI check cold" \
    -n "floor (plan.md)" "$FLOOR cold --name plan.md" \
    -n "floor (all .md)" "$FLOOR cold" \
    -n "markdownlint-cli2 (plan.md)" "$MDL cold/specs/**/plan.md") 2>&1 | tee "$RESULTS/whole-cold.log"

  if ! (sh -c "$DROP_CACHES") 2>/dev/null; then
    log "disk-cold runs skipped: dropping the page cache needs root"
    return
  fi
  note_load "whole, disk-cold"
  log "whole process, disk-cold (page cache dropped before every run), $c features"
  (cd "$CORPORA" && hyperfine -N -i --runs 10 --prepare "sh -c '$DROP_CACHES'" \
    --export-json "$RESULTS/whole-disk-cold.json" \
    -n "specdesk-cli check" "$CLI check $c" \
    -n "floor (plan.md)" "$FLOOR $c --name plan.md" \
    -n "floor (all .md)" "$FLOOR $c" \
    -n "markdownlint-cli2 (plan.md)" "$MDL $c/specs/**/plan.md") 2>&1 | tee "$RESULTS/whole-disk-cold.log"
}

# Time (hyperfine, warm) and peak memory (GNU time, median of 3) from 10 to 5,000 features.
scaling() {
  local list
  list=$(IFS=,; echo "${SIZES[*]}")
  note_load "scaling"
  log "scaling, warm: $list features"
  hyperfine -N -i --warmup 1 --min-runs 5 --max-runs 20 -L n "$list" \
    --export-json "$RESULTS/scaling.json" \
    "$CLI check $CORPORA/{n}" \
    "$FLOOR $CORPORA/{n} --name plan.md" 2>&1 | tee "$RESULTS/scaling.log"
  log "peak memory"
  : >"$RESULTS/memory.tsv"
  for n in "${SIZES[@]}"; do
    for tool in check floor; do
      local cmd=("$CLI" check "$CORPORA/$n")
      [[ $tool == floor ]] && cmd=("$FLOOR" "$CORPORA/$n" --name plan.md)
      for _ in 1 2 3; do
        /usr/bin/time -f "%M" -o "$RESULTS/time.out" "${cmd[@]}" >/dev/null 2>&1 || true
        printf '%s\t%s\t%s\n' "$tool" "$n" "$(tail -1 "$RESULTS/time.out")" >>"$RESULTS/memory.tsv"
      done
    done
  done
  rm -f "$RESULTS/time.out"
}

criterion() {
  note_load "criterion"
  log "criterion benches of specdesk-core (3 s measurement each)"
  (cd "$ROOT" && cargo bench --locked -p specdesk-core --bench documents --bench repository --bench branches -- --warm-up-time 1 --measurement-time 3) 2>&1 |
    tee "$RESULTS/criterion.log"
}

# The desktop app, release build, driven by the end-to-end harness (needs what scripts/test.sh
# installs: Xvfb, WebKitWebDriver, tauri-driver, and the built UI).
app() {
  log "release build of the desktop app"
  (cd "$ROOT/ui" && npm ci --no-audit --no-fund --silent && npm run build --silent)
  (cd "$ROOT" && cargo build --release --locked -p specdesk -p specdesk-bench)
  mkdir -p "$CORPORA"
  "$BIN/gen-corpus" --features 1000 --seed "$SEED" --out "$CORPORA/app-1000" --force
  note_load app
  log "app start-up and idle memory, without WebDriver (scripts/startup_figures.py)"
  for repo in "$ROOT/examples/demo-repo" "$CORPORA/app-1000"; do
    python3 "$ROOT/scripts/startup_figures.py" "$BIN/specdesk" "$repo" 7
  done 2>&1 | tee "$RESULTS/app-startup.txt"
  if /usr/bin/python3 -c 'import gi; gi.require_version("WebKit2", "4.1")' 2>/dev/null; then
    /usr/bin/python3 "$ROOT/scripts/webkit_floor.py" | tee -a "$RESULTS/app-startup.txt"
  else
    log "webkit floor skipped: apt-get install python3-gi gir1.2-webkit2-4.1"
  fi
  log "app figures through WebDriver (start-up steps, keystroke -> preview, IPC round trips)"
  (cd "$ROOT" && SPECDESK_APP_BINARY="$BIN/specdesk" CI=true cargo test --release -p specdesk --test e2e -- \
    --include-ignored --nocapture --test-threads=1 figures:: keystroke external_write_while_clean sidebar_follows) 2>&1 |
    grep -E 'figures |keystroke → |^latency' | tee "$RESULTS/app.txt" ||
    log "an app figure test failed; the summary keeps the figures that were printed"
}

summary() {
  summarise "$RESULTS" "$CARGO_TARGET_DIR/criterion" "$COMPARE_AT" >"$RESULTS/summary.md"
  log "summary: $RESULTS/summary.md"
  cat "$RESULTS/summary.md"
}

# Markdown tables of medians and ratios from the hyperfine JSON, memory.tsv and criterion.
summarise() {
  python3 - "$@" <<'PY'
import json, os, statistics, sys

results, criterion = sys.argv[1], sys.argv[2]

def load(name):
    path = os.path.join(results, name)
    return json.load(open(path))["results"] if os.path.exists(path) else None

def ms(seconds):
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.2f} s"

def whole_table(title, rows):
    if not rows:
        return
    by = {r["command"]: r for r in rows}
    check = by.get("specdesk-cli check")
    floor = by.get("floor (plan.md)")
    print(f"### {title}\n")
    print("| command | median | mean ± σ | user + sys (CPU) | median / check | median / floor (plan.md) | CPU / floor CPU |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        cpu = r["user"] + r["system"]
        fcpu = floor["user"] + floor["system"]
        print(f"| {r['command']} | {ms(r['median'])} | {ms(r['mean'])} ± {ms(r['stddev'])} | {ms(cpu)} "
              f"| {r['median'] / check['median']:.2f}× | {r['median'] / floor['median']:.2f}× | {cpu / fcpu:.2f}× |")
    print()

compare_at = f"{int(sys.argv[3]):,}" if len(sys.argv) > 3 else "?"
whole_table(f"Whole process, warm ({compare_at} features)", load("whole-warm.json"))
whole_table(f"Whole process, cold: first run after writing the files ({compare_at} features)", load("whole-cold.json"))
whole_table(f"Whole process, disk-cold: page cache dropped ({compare_at} features)", load("whole-disk-cold.json"))

scaling = load("scaling.json")
if scaling:
    memory = {}
    if os.path.exists(os.path.join(results, "memory.tsv")):
        for line in open(os.path.join(results, "memory.tsv")):
            tool, n, kb = line.split()
            memory.setdefault((tool, int(n)), []).append(int(kb))
    rows = {}
    for r in scaling:
        tool = "check" if "specdesk-cli" in r["command"] else "floor"
        rows.setdefault(int(r["parameters"]["n"]), {})[tool] = r
    print("### Scaling, warm (median time, peak RSS)\n")
    print("| features | check | floor (plan.md) | check / floor | check per feature | check peak RSS | floor peak RSS |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in sorted(rows):
        c, f = rows[n]["check"], rows[n]["floor"]
        rss = lambda tool: f"{statistics.median(memory[(tool, n)]) / 1024:,.1f} MiB" if (tool, n) in memory else "–"
        print(f"| {n:,} | {ms(c['median'])} | {ms(f['median'])} | {c['median'] / f['median']:.2f}× "
              f"| {c['median'] / n * 1e6:,.0f} µs | {rss('check')} | {rss('floor')} |")
    print()

if os.path.isdir(criterion):
    found = []
    for dirpath, _, files in os.walk(criterion):
        if os.path.basename(dirpath) == "new" and "estimates.json" in files and "benchmark.json" in files:
            bench = json.load(open(os.path.join(dirpath, "benchmark.json")))
            est = json.load(open(os.path.join(dirpath, "estimates.json")))
            found.append((bench["full_id"], est["median"]["point_estimate"], bench.get("throughput")))
    if found:
        print("### Criterion (median of the samples)\n")
        print("| benchmark | median | throughput |")
        print("|---|---:|---:|")
        for full_id, ns, throughput in sorted(found):
            t = ns / 1e9
            shown = f"{ns / 1e3:,.1f} µs" if ns < 1e6 else ms(t)
            tp = ""
            if throughput and "Bytes" in throughput:
                tp = f"{throughput['Bytes'] / t / 2**20:,.0f} MiB/s"
            print(f"| {full_id} | {shown} | {tp} |")
        print()
PY
  for figures in app-startup.txt app.txt; do
    if [[ -f "$1/$figures" ]]; then
      printf '### The desktop app (%s)\n\n```\n' "$figures"
      cat "$1/$figures"
      printf '```\n\n'
    fi
  done
  if [[ -f "$1/load.tsv" ]]; then
    printf '### Load average (1, 5, 15 min) when each part started\n\n| part | load |\n|---|---|\n'
    awk -F'\t' '{printf "| %s | %s |\n", $1, $2}' "$1/load.tsv"
  fi
}

mkdir -p "$CORPORA" "$RESULTS"
rm -f "$RESULTS/load.tsv"
build
case "$WHAT" in
  all) install_markdownlint; corpora; machine; whole; scaling; criterion; app ;;
  whole) install_markdownlint; corpora; machine; whole ;;
  scaling) corpora; machine; scaling ;;
  criterion) criterion ;;
  app) machine; app ;;
  *) echo "usage: scripts/bench.sh [all|whole|scaling|criterion|app]" >&2; exit 2 ;;
esac
summary
