# What the Xvfb smoke tests of the windows share (sourced, not run): skipping where
# xvfb-run is missing (exit 77), a work folder kept only on failure, and checks on a
# --dump-ui file ("window NAME", "text …", "button …", "missing-glyph …" lines) and its PNG.
#   SMOKE=replay_smoke; source tests/app/smoke_lib.sh   (then set PASSED=1 at the end)
if ! command -v xvfb-run >/dev/null 2>&1; then
  echo "xvfb-run is not installed (apt-get install xvfb xauth libgl1-mesa-dri): skipped"
  exit 77
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/lagerhuis_${SMOKE}.XXXXXX")"
PASSED=0
SMOKE_PIDS=()
smoke_finish() {
  for pid in "${SMOKE_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  if [ "$PASSED" = 1 ]; then rm -rf "$WORK"; else echo "$SMOKE: files kept in $WORK"; fi
}
trap smoke_finish EXIT
fail() {
  echo "$SMOKE: $*"
  exit 1
}
export XDG_CONFIG_HOME="$WORK/config"
export XDG_DATA_HOME="$WORK/data"
# Mesa and Xlib keep allocations until the process ends; they are not leaks of ours.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"

shows() {  # FILE LINE
  grep -qxF "$2" "$1" || fail "$(basename "$1") did not show '$2'; it showed:
$(cat "$1")"
}
shows_like() {  # FILE REGEX
  grep -qE "$2" "$1" || fail "$(basename "$1") showed nothing like '$2'; it showed:
$(cat "$1")"
}
never_shows() {  # FILE TEXT
  if grep -qF "$2" "$1"; then fail "$(basename "$1") showed '$2', which it must not"; fi
}
clean() {  # FILE WINDOW: one window of ours (and a tooltip where the pointer rests), no glyph missing, no text cut, a PNG
  local windows
  windows="$(grep '^window ' "$1" | grep -v '^window ##Tooltip_' || true)"
  [ "$windows" = "window $2" ] || fail "$(basename "$1"): expected only 'window $2', got: $windows"
  if grep -q '^missing-glyph ' "$1"; then fail "glyphs missing: $(grep '^missing-glyph ' "$1")"; fi
  if grep -q '^cut ' "$1"; then fail "$(basename "$1"): text drawn wider than its place: $(grep '^cut ' "$1")"; fi
  head -c 8 "${1%.txt}.png" | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a' || fail "${1%.txt}.png is not a PNG"
}
keep_screenshots() {  # OUT_DIR (may be empty)
  [ -n "$1" ] || return 0
  mkdir -p "$1"
  cp "$WORK"/*.png "$1"/
}
