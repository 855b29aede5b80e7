#!/usr/bin/env bash
# Smoke test of the replay viewer in a virtual X display, on the demo debate written as a
# session file: one moment rendered headless (--at), then every tab, each checked for
# what the issue's "done when" list asks to see without typing: speaking time per side
# and per person, every drogreden with who committed and flagged it and its outcome,
# every crossing with the turn and argument before it, the arguments that stood and
# fell, the verdict beside positions and poll, and a feedback card. Skipped (exit 77)
# where xvfb-run is not installed.
#   tests/app/replay/replay_smoke.sh build/dev/cli/lagerhuis [OUT_DIR]
set -euo pipefail

BINARY="${1:?usage: replay_smoke.sh PATH/TO/lagerhuis [OUT_DIR]}"
OUT="${2:-}"
SMOKE=replay_smoke
source "$(dirname "$0")/../smoke_lib.sh"

"$BINARY" demo -o "$WORK/demo.lagerhuis" >"$WORK/demo.out" 2>&1 || fail "lagerhuis demo failed: $(cat "$WORK/demo.out")"
before="$(sha256sum "$WORK/demo.lagerhuis" | cut -d' ' -f1)"

# A view: NAME, then options for `lagerhuis replay`.
view() {
  local name="$1"
  shift
  xvfb-run -a -s '-screen 0 1920x1080x24' "$BINARY" replay "$WORK/demo.lagerhuis" --window-size 1440x900 --frames 12 \
    --screenshot "$WORK/$name.png" --dump-ui "$WORK/$name.txt" "$@" >"$WORK/$name.out" 2>&1 ||
    fail "lagerhuis replay ($name) failed: $(cat "$WORK/$name.out")"
  clean "$WORK/$name.txt" "Lagerhuis replay"
}

# 1. One moment: 12:00 into the debate, the room as it was, no console commands.
view moment --at 12:00
D="$WORK/moment.txt"
shows "$D" "text Terugkijken: Participatiekamer Twenterand – Lagerhuisdebat"
shows "$D" "text Het zwembad in Vriezenveen moet dicht."
shows "$D" "text Zaal"
shows "$D" "text 12:00 / 1:02:15"
shows "$D" "button Tijdlijn"
shows_like "$D" "^text [0-9]:[0-9]{2}$"
for name in "Anna de Vries" "Daan Visser" "Eva Smit"; do shows_like "$D" "^(text|option|button) $name"; done
never_shows "$D" "button Beëindig beurt (E)"
never_shows "$D" "button Sluit de stelling"

# 2. Speaking time per side and per person.
view charts --tab charts
shows "$WORK/charts.txt" "text Per kant"
shows_like "$WORK/charts.txt" "^text [0-9]+:[0-9]{2} · [0-9]+$"
shows "$WORK/charts.txt" "text Drogredenen per soort"

# 3. Every drogreden: who committed it, who flagged it, confirmed, dismissed or missed.
view fallacies --tab fallacies
D="$WORK/fallacies.txt"
shows "$D" "text Alle drogredenen"
shows "$D" "text Begaan door"
shows "$D" "text Gemeld door"
shows "$D" "text Gemist"
shows "$D" "text Afgewezen"
shows "$D" "text Bevestigd"
shows "$D" "text Hellend vlak"

# 4. Every crossing, with the turn and the arguments before it.
view crossings --tab crossings
shows_like "$WORK/crossings.txt" "^text na beurt [0-9]+ van "
shows_like "$WORK/crossings.txt" "^text (argument voor|argument tegen|weerlegging|ondersteuning): “"

# 5. The arguments that stood and fell, the verdict beside the positions and the poll.
view arguments --tab arguments
D="$WORK/arguments.txt"
shows "$D" "text Wonnen de betere argumenten de zaal?"
shows_like "$D" "^text Bleven staan \([0-9]+\)$"
shows_like "$D" "^text Vielen \([0-9]+\)$"
shows "$D" "text Beginpositie: voor 4 · tegen 5 · twijfel 3"
shows_like "$D" "^text Meerderheid: "

# 6. A feedback card.
view feedback --tab feedback
shows "$WORK/feedback.txt" "text Gemelde drogredenen"
shows_like "$WORK/feedback.txt" "^text Begane drogredenen \([0-9]+\)$"

# 7. Notes (none yet) and the viewer in English.
view notes --tab notes
shows "$WORK/notes.txt" "text Nog geen notities."
view english --tab fallacies --language en
shows "$WORK/english.txt" "text Every fallacy"
shows "$WORK/english.txt" "text Missed"

# Looking never changed the file.
after="$(sha256sum "$WORK/demo.lagerhuis" | cut -d' ' -f1)"
[ "$before" = "$after" ] || fail "the session file changed by being viewed"

# Bad input: a missing file and a mistyped moment, each with a clear message.
if "$BINARY" replay "$WORK/missing.lagerhuis" >"$WORK/missing.out" 2>&1; then fail "a missing file was accepted"; fi
grep -q "missing.lagerhuis" "$WORK/missing.out" || fail "no clear message for a missing file: $(cat "$WORK/missing.out")"
if "$BINARY" replay "$WORK/demo.lagerhuis" --at 12:75 >"$WORK/at.out" 2>&1; then fail "--at 12:75 was accepted"; fi
grep -q "is not a moment" "$WORK/at.out" || fail "no clear message for --at 12:75: $(cat "$WORK/at.out")"

keep_screenshots "$OUT"
PASSED=1
echo "replay_smoke: ok"
