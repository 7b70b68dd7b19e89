#!/usr/bin/env bash
# Run `make test` from a fresh clone while two CPU-bound processes keep both cores busy.
#
#   tools/test_under_load.sh            # three runs
#   tools/test_under_load.sh -n 1       # one run
#   tools/test_under_load.sh -r BRANCH  # clone that branch (default: the current one)
#
# Each run clones this repository into a new temporary folder (with ../shared beside it when it
# exists here, as some tests read it), starts two busy loops, runs `make test` there, stops the
# busy loops by their process ids and prints pass/fail, the wall time and the load average (1, 5 and
# 15 minutes, from /proc/loadavg) at the start and end of the run. Exits non-zero if any
# run failed. Extra settings reach the tests through the environment, e.g.
# ASK_TO_LEARN_TEST_TIMEOUT_SCALE=2 tools/test_under_load.sh.
set -uo pipefail

RUNS=3
SRC="$(cd "$(dirname "$0")/.." && pwd)"
BRANCH="$(git -C "$SRC" rev-parse --abbrev-ref HEAD)"
while getopts "n:r:h" opt; do
  case $opt in
    n) RUNS=$OPTARG ;;
    r) BRANCH=$OPTARG ;;
    *) sed -n '2,13p' "$0"; exit 2 ;;
  esac
done

BURNERS=()
stop_burners() {
  for pid in "${BURNERS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  BURNERS=()
}
trap 'stop_burners' EXIT INT TERM

failed=0
results=()
for run in $(seq 1 "$RUNS"); do
  work="$(mktemp -d "${TMPDIR:-/tmp}/ask-to-learn-load-XXXXXX")"
  git clone --quiet --branch "$BRANCH" "$SRC" "$work/ask-to-learn" || { echo "clone failed"; exit 2; }
  if [ -d "$SRC/../shared" ]; then
    ln -s "$(cd "$SRC/../shared" && pwd)" "$work/shared"
  fi
  # Install first (not timed, not under load): the measure is the test run.
  (cd "$work/ask-to-learn" && make .venv/.installed-test > "$work/install.log" 2>&1) \
    || { echo "run $run: install failed, see $work/install.log"; exit 2; }

  for _ in 1 2; do
    ( while :; do :; done ) &
    BURNERS+=("$!")
  done
  load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
  start=$(date +%s)
  (cd "$work/ask-to-learn" && make test > "$work/test.log" 2>&1)
  rc=$?
  end=$(date +%s)
  load_after="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
  stop_burners

  secs=$((end - start))
  summary="$(grep -E '^(=+ )?[0-9]+ (passed|failed)|[0-9]+ (passed|failed)' "$work/test.log" | tail -1)"
  if [ "$rc" -eq 0 ]; then verdict=PASS; else verdict=FAIL; failed=1; fi
  line="run $run: $verdict in $((secs / 60)) min $((secs % 60)) s ($summary; load average at start $load_before, at end $load_after) log: $work/test.log"
  echo "$line"
  results+=("$line")
done

echo "---"
printf '%s\n' "${results[@]}"
exit $failed
