#!/bin/bash
# Runs every benchmark of docs/performance.md one after the other, from a release build,
# and prints each one's RESULT line; the full outputs go to OUT (default /tmp/lagerhuis-bench).
# Run it on a quiet machine: a compiler beside it doubles the figures.
#   cmake --preset release && cmake --build --preset release
#   bench/run_all.sh [OUT]
set -u
cd "$(dirname "$0")/.."
B=build/release
OUT=${1:-/tmp/lagerhuis-bench}
mkdir -p "$OUT"
run() {
    local name=$1; shift
    echo "== $name $(date +%T)"
    "$@" > "$OUT/$name.log" 2>&1
    echo "rc=$? $(grep RESULT "$OUT/$name.log" | tail -1)"
}
run core_fold $B/bench/core_fold_bench
run scoreboard $B/bench/scoreboard_bench
run store_append $B/bench/store_append_bench
run facilitator_join $B/bench/facilitator_join_bench
run replay $B/bench/replay_bench
run replay_viewer $B/bench/replay_viewer_bench 600
run console_frame $B/bench/console_frame_bench 200
ulimit -n 20000  # a connection is a file descriptor: thousands for host and generator
# A fresh session file per run; host and generator on separate cores.
load() {
    local name=$1; shift
    rm -f "$OUT/$name.lagerhuis"*
    taskset -c 0 $B/cli/lagerhuis serve --port 18170 --bind 127.0.0.1 --session "$OUT/$name.lagerhuis" --demo \
        --code 123456 --secret geheim > "$OUT/$name.host.log" 2>&1 &
    local host=$!
    sleep 2
    run "$name" taskset -c 1 $B/bench/load_generator --port 18170 --secret geheim "$@"
    kill $host; wait $host 2>/dev/null
}
load burst_vote --participants 2000 --mode burst --burst-actions vote
for i in 1 2 3; do load burst_all_$i --participants 2000 --mode burst --burst-actions all; done
load soak_4000 --participants 4000 --mode soak --duration-s 60 --commands-per-second 10
load soak_2500 --participants 2500 --mode soak --duration-s 60
run console_idle bench/console_idle_cpu.sh $B/cli/lagerhuis 60
echo "done $(date +%T)"
