#!/usr/bin/env bash
# Smoke test of the native participant app in a virtual X display: a real host with the
# demo session, `lagerhuis join` joins it as Anna, draws 120 frames and writes what its
# last frame showed (--dump-ui) and looked like (--screenshot). The dump must show the
# statement, the three benches and the name, in ImGui's one window, with no glyph
# missing from the fonts. Skipped (exit 77) where xvfb-run is not installed.
#   tests/app/participant/join_smoke.sh build/dev/cli/lagerhuis
# On failure the files are kept and their folder is named.
set -euo pipefail

BINARY="${1:?usage: join_smoke.sh PATH/TO/lagerhuis}"
SMOKE=join_smoke
source "$(dirname "$0")/../smoke_lib.sh"

"$BINARY" serve --port 0 --bind 127.0.0.1 --session "$WORK/smoke.lagerhuis" --demo --code 123456 \
  >"$WORK/serve.out" 2>&1 &
SMOKE_PIDS+=($!)
PORT=""
for _ in $(seq 1 300); do
  PORT="$(head -n 1 "$WORK/serve.out" | sed -nE 's#^listening on http://127\.0\.0\.1:([0-9]+)/$#\1#p')"
  [ -n "$PORT" ] && break
  kill -0 "${SMOKE_PIDS[0]}" 2>/dev/null || fail "the host exited: $(cat "$WORK/serve.out")"
  sleep 0.1
done
[ -n "$PORT" ] || fail "the host did not say where it listens: $(cat "$WORK/serve.out")"

xvfb-run -a -s '-screen 0 1280x800x24' "$BINARY" join "127.0.0.1:$PORT" --code 123456 --name Anna \
  --frames 120 --screenshot "$WORK/join.png" --dump-ui "$WORK/join.txt" >"$WORK/join.out" 2>&1 ||
  fail "lagerhuis join failed: $(cat "$WORK/join.out")"

DUMP="$WORK/join.txt"
[ -s "$DUMP" ] || fail "no --dump-ui file"
clean "$DUMP" "Lagerhuis"
shows "$DUMP" "text Het zwembad in Vriezenveen moet dicht."
shows "$DUMP" "text Voor"
shows "$DUMP" "text Twijfel"
shows "$DUMP" "text Tegen"
shows "$DUMP" "text Aangemeld als Anna"
[ -s "$XDG_CONFIG_HOME/lagerhuis/settings.ini" ] || fail "the app did not remember its sign-in"
grep -q "^127.0.0.1:$PORT/123456 = " "$XDG_CONFIG_HOME/lagerhuis/settings.ini" || fail "no token remembered for the session"

PASSED=1
echo "join_smoke: ok (port $PORT)"
