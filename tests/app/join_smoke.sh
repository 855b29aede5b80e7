#!/usr/bin/env bash
# Smoke test of the native participant app in a virtual X display: a real host with the
# demo session, `lagerhuis join` joins it as Anna, draws 120 frames and writes what its
# last frame showed (--dump-ui) and looked like (--screenshot). The dump must show the
# statement, the three benches and the name, in ImGui's one window, with no glyph
# missing from the fonts. Skipped (exit 77) where xvfb-run is not installed.
#   tests/app/join_smoke.sh build/dev/cli/lagerhuis
# On failure the files are kept and their folder is named.
set -euo pipefail

BINARY="${1:?usage: join_smoke.sh PATH/TO/lagerhuis}"
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "xvfb-run is not installed (apt-get install xvfb xauth libgl1-mesa-dri): skipped"
  exit 77
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/lagerhuis_join_smoke.XXXXXX")"
HOST_PID=""
PASSED=0
finish() {
  if [ -n "$HOST_PID" ]; then
    kill "$HOST_PID" 2>/dev/null || true
    wait "$HOST_PID" 2>/dev/null || true
  fi
  if [ "$PASSED" = 1 ]; then rm -rf "$WORK"; else echo "join_smoke: files kept in $WORK"; fi
}
trap finish EXIT
fail() {
  echo "join_smoke: $*"
  exit 1
}

"$BINARY" serve --port 0 --bind 127.0.0.1 --session "$WORK/smoke.lagerhuis" --demo --code 123456 \
  >"$WORK/serve.out" 2>&1 &
HOST_PID=$!
PORT=""
for _ in $(seq 1 300); do
  PORT="$(head -n 1 "$WORK/serve.out" | sed -nE 's#^listening on http://127\.0\.0\.1:([0-9]+)/$#\1#p')"
  [ -n "$PORT" ] && break
  kill -0 "$HOST_PID" 2>/dev/null || fail "the host exited: $(cat "$WORK/serve.out")"
  sleep 0.1
done
[ -n "$PORT" ] || fail "the host did not say where it listens: $(cat "$WORK/serve.out")"

# A settings folder of its own: nothing remembered, nothing left in the user's home.
export XDG_CONFIG_HOME="$WORK/config"
# Mesa and Xlib keep allocations until the process ends; they are not leaks of ours.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
xvfb-run -a -s '-screen 0 1280x800x24' "$BINARY" join "127.0.0.1:$PORT" --code 123456 --name Anna \
  --frames 120 --screenshot "$WORK/join.png" --dump-ui "$WORK/join.txt" >"$WORK/join.out" 2>&1 ||
  fail "lagerhuis join failed: $(cat "$WORK/join.out")"

DUMP="$WORK/join.txt"
[ -s "$DUMP" ] || fail "no --dump-ui file"
shows() {
  grep -qxF "$1" "$DUMP" || fail "the last frame did not show '$1'; it showed:
$(cat "$DUMP")"
}
shows "window Lagerhuis"
shows "text Het zwembad in Vriezenveen moet dicht."
shows "text Voor"
shows "text Twijfel"
shows "text Tegen"
shows "text Aangemeld als Anna"
WINDOWS="$(grep -c '^window ' "$DUMP")"
[ "$WINDOWS" = 1 ] || fail "expected one window, the dump lists $WINDOWS: $(grep '^window ' "$DUMP")"
if grep -q '^missing-glyph ' "$DUMP"; then fail "glyphs missing from the fonts: $(grep '^missing-glyph ' "$DUMP")"; fi
head -c 8 "$WORK/join.png" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a' || fail "the screenshot is not a PNG"
[ -s "$XDG_CONFIG_HOME/lagerhuis/settings.ini" ] || fail "the app did not remember its sign-in"
grep -q "^127.0.0.1:$PORT/123456 = " "$XDG_CONFIG_HOME/lagerhuis/settings.ini" || fail "no token remembered for the session"

PASSED=1
echo "join_smoke: ok (port $PORT)"
