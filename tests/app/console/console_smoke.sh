#!/usr/bin/env bash
# Smoke test of the facilitator console in a virtual X display, at several moments of the
# demo debate, with the projector window open: `lagerhuis host --demo` draws its frames and
# writes what the last frame showed (--dump-ui) and looked like (--screenshot), for the
# console and for the projector. Meanwhile a participant (the native app) joins the
# console's embedded host as "Zoë", and the console must show her. Skipped (exit 77)
# where xvfb-run is not installed.
#   tests/app/console/console_smoke.sh build/dev/cli/lagerhuis [OUT_DIR]
# With OUT_DIR the screenshots are kept there (to look at); on failure the work folder is kept.
set -euo pipefail

BINARY="${1:?usage: console_smoke.sh PATH/TO/lagerhuis [OUT_DIR]}"
OUT="${2:-}"
SMOKE=console_smoke
source "$(dirname "$0")/../smoke_lib.sh"

# A console run at one moment of the demo: NAME, then extra options (WINDOW_SIZE: 1440x900).
run_console() {
  local name="$1"
  shift
  xvfb-run -a -s '-screen 0 1920x1080x24' "$BINARY" host --demo "$WORK/$name.lagerhuis" --port 0 --bind 127.0.0.1 \
    --window-size "${WINDOW_SIZE:-1440x900}" --frames 45 --screenshot "$WORK/$name.png" --dump-ui "$WORK/$name.txt" \
    --projector-screenshot "$WORK/$name-projector.png" --projector-dump-ui "$WORK/$name-projector.txt" "$@" \
    >"$WORK/$name.out" 2>&1 || fail "lagerhuis host ($name) failed: $(cat "$WORK/$name.out")"
  clean "$WORK/$name.txt" "Lagerhuis console"
  clean "$WORK/$name-projector.txt" "Projector"
}

# 0. No file: the start screen (a new session, or a recent one).
xvfb-run -a -s '-screen 0 1920x1080x24' "$BINARY" host --port 0 --bind 127.0.0.1 --window-size 1440x900 --frames 20 \
  --screenshot "$WORK/start.png" --dump-ui "$WORK/start.txt" >"$WORK/start.out" 2>&1 ||
  fail "lagerhuis host (start screen) failed: $(cat "$WORK/start.out")"
clean "$WORK/start.txt" "Lagerhuis console"
shows "$WORK/start.txt" "text Nieuwe sessie"
shows "$WORK/start.txt" "button Start de sessie"
shows "$WORK/start.txt" "text Sessie openen"

# 1. A turn under way (the demo's default moment): every panel, a running clock, flags waiting.
run_console live
D="$WORK/live.txt"
shows "$D" "text Het zwembad in Vriezenveen moet dicht."
shows "$D" "text Zaal"
shows "$D" "text Argumenten noteren"
shows_like "$D" "^button Meldingen \([0-9]+\)$"
shows_like "$D" "^button (Bevestig|Bevestig \(J\))$"
shows_like "$D" "^button Geef het woord"
shows_like "$D" "^text \+?[0-9]:[0-9]{2}$"  # a running clock; "+0:12" once over time (a slow machine)
for name in "Anna de Vries" "Bram Jansen" "Gert Mulder"; do shows_like "$D" "^(text|option|button) $name"; done
P="$WORK/live-projector.txt"
shows "$P" "text Het zwembad in Vriezenveen moet dicht."
shows_like "$P" "^text \+?[0-9]:[0-9]{2}$"
never_shows "$P" "Gemeld door"
never_shows "$P" "Bevestig"

# 1b. The same moment on a municipal laptop's 1366×768 screen: nothing cut (clean checks it),
#     the running turn and the queue drawn, the speaker's whole name on the projector.
WINDOW_SIZE=1366x768 run_console laptop
D="$WORK/laptop.txt"
shows_like "$D" "^button Pauzeer \(P\)$"
shows_like "$D" "^button Geef het woord"
shows_like "$WORK/laptop-projector.txt" "^text Gert Mulder$"

# 2. The end of the debate, in English: both statements closed, the poll's result on the projector.
run_console closed --demo-at 100000 --language en
D="$WORK/closed.txt"
shows_like "$D" "^text Statement 2 of 2"
shows_like "$D" "^button Flags"
P="$WORK/closed-projector.txt"
shows "$P" "text Result of the poll"

# 3. Before the first statement, room open: a participant joins the console's host from the
#    native app, and the console shows her.
xvfb-run -a -s '-screen 0 1920x1080x24' "$BINARY" host --demo "$WORK/open.lagerhuis" --demo-at 12 --port 0 \
  --bind 127.0.0.1 --code 246810 --window-size 1440x900 --frames 240 --screenshot "$WORK/open.png" \
  --dump-ui "$WORK/open.txt" --projector-screenshot "$WORK/open-projector.png" \
  --projector-dump-ui "$WORK/open-projector.txt" >"$WORK/open.out" 2>&1 &
CONSOLE_PID=$!
SMOKE_PIDS+=("$CONSOLE_PID")
PORT=""
for _ in $(seq 1 300); do
  PORT="$(sed -nE 's#^listening on http://127\.0\.0\.1:([0-9]+)/$#\1#p' "$WORK/open.out" | head -n 1)"
  [ -n "$PORT" ] && break
  kill -0 "$CONSOLE_PID" 2>/dev/null || fail "the console exited: $(cat "$WORK/open.out")"
  sleep 0.1
done
[ -n "$PORT" ] || fail "the console did not say where it listens: $(cat "$WORK/open.out")"
xvfb-run -a -s '-screen 0 1280x800x24' "$BINARY" join "127.0.0.1:$PORT" --code 246810 --name "Zoë" --frames 30 \
  >"$WORK/join.out" 2>&1 || fail "lagerhuis join failed: $(cat "$WORK/join.out")"
wait "$CONSOLE_PID" || fail "lagerhuis host (open) failed: $(cat "$WORK/open.out")"
SMOKE_PIDS=()
clean "$WORK/open.txt" "Lagerhuis console"
shows_like "$WORK/open.txt" "^(text|option|button) Zoë"
P="$WORK/open-projector.txt"
shows "$P" "text 246810"
shows_like "$P" "^option QR http://127\.0\.0\.1:$PORT/\?code=246810$"

keep_screenshots "$OUT"
PASSED=1
echo "console_smoke: ok"
