#!/usr/bin/env bash
# The console's CPU use while nothing moves, and while a countdown runs: the console
# (`lagerhuis host --demo`, projector closed) runs in a virtual X display and its process
# CPU time (user + system, /proc/PID/stat) is sampled over SECONDS seconds after a warm-up.
# Issue #5 asks for under 1 % of a core with no countdown running; with a countdown, only
# the redraws it needs (four a second).
#   bench/console_idle_cpu.sh build/release/cli/lagerhuis [SECONDS]
# ends with: RESULT idle_cpu_percent=X countdown_cpu_percent=Y seconds=S
set -euo pipefail
BINARY="${1:?usage: console_idle_cpu.sh PATH/TO/lagerhuis [SECONDS]}"
SECONDS_MEASURED="${2:-60}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/lagerhuis_idle.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
TICKS="$(getconf CLK_TCK)"

# CPU percent of one core used by the console at moment DEMO_AT of the demo.
measure() {
  local demo_at="$1" name="$2"
  xvfb-run -a -s '-screen 0 1440x900x24' "$BINARY" host --demo "$WORK/$name.lagerhuis" --demo-at "$demo_at" \
    --port 0 --bind 127.0.0.1 >"$WORK/$name.out" 2>&1 &
  local wrapper=$!
  local pid=""
  for _ in $(seq 1 100); do
    # xvfb-run (a script) carries the same arguments: take the process named lagerhuis.
    for candidate in $(pgrep -f "host --demo $WORK/$name.lagerhuis" || true); do
      [ "$(cat "/proc/$candidate/comm" 2>/dev/null)" = lagerhuis ] && pid="$candidate"
    done
    [ -n "$pid" ] && break
    sleep 0.1
  done
  [ -n "$pid" ] || { echo "the console did not start: $(cat "$WORK/$name.out")" >&2; exit 1; }
  sleep 5  # warm-up: fonts, first frames, the host's first publication
  local before after
  before="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  sleep "$SECONDS_MEASURED"
  after="$(awk '{print $14 + $15}' "/proc/$pid/stat")"
  kill "$pid" 2>/dev/null || true
  wait "$wrapper" 2>/dev/null || true
  awk -v t="$((after - before))" -v hz="$TICKS" -v s="$SECONDS_MEASURED" 'BEGIN { printf "%.2f", 100 * t / hz / s }'
}

IDLE="$(measure 100000 idle)"  # the debate is over: nothing runs
echo "idle (no countdown), ${SECONDS_MEASURED} s: ${IDLE} % of a core"
COUNTDOWN="$(measure 0 countdown)"  # the demo's default moment: a turn running
echo "countdown running, ${SECONDS_MEASURED} s: ${COUNTDOWN} % of a core"
echo "RESULT idle_cpu_percent=$IDLE countdown_cpu_percent=$COUNTDOWN seconds=$SECONDS_MEASURED"
