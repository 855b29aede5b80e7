#!/usr/bin/env bash
# Checks a .deb made by scripts/package_deb without installing it on this machine: unpacks
# it into a throw-away root (dpkg -x) and runs the unpacked program there, which must find
# its data files in the unpacked share/lagerhuis (a package build has no other to fall back
# on); validates the desktop entries and the file type. Usage: deb_test.sh DEB
set -euo pipefail
DEB="$(realpath "$1")"
ROOT="$(mktemp -d)"
trap 'rm -rf "$ROOT"' EXIT
fail() { echo "deb_test: $*" >&2; exit 1; }

field() { dpkg-deb --field "$DEB" "$1"; }
[ "$(field Package)" = lagerhuis ] || fail "Package is $(field Package)"
for dependency in libc6 libstdc++6 libsqlite3-0 libglfw3 libqrencode4 libboost-json1.81.0 fonts-dejavu-core; do
  field Depends | grep -q "\b$dependency\b" || fail "Depends lacks $dependency: $(field Depends)"
done
# Every file belongs to root, whoever built the package.
if dpkg-deb --contents "$DEB" | awk '$2 != "root/root"' | grep .; then fail "files not owned by root/root"; fi

dpkg -x "$DEB" "$ROOT"
BIN="$ROOT/usr/bin/lagerhuis"
SHARE="$ROOT/usr/share"
for file in lagerhuis/messages.ini lagerhuis/fallacies.ini lagerhuis/scoring.ini lagerhuis/web/index.html \
            applications/lagerhuis.desktop applications/lagerhuis-replay.desktop \
            icons/hicolor/scalable/apps/lagerhuis.svg mime/packages/lagerhuis.xml \
            doc/lagerhuis/copyright doc/lagerhuis/changelog.gz doc/lagerhuis/components/dear-imgui.copyright \
            doc/lagerhuis/components/cli11.copyright doc/lagerhuis/components/boost.copyright; do
  [ -s "$SHARE/$file" ] || fail "missing or empty: /usr/share/$file"
done
if ldd "$BIN" | grep "not found"; then fail "libraries missing"; fi

# The version the package carries is the one the program prints, with its commit.
VERSION_LINE=$("$BIN" --version)
[[ "$VERSION_LINE" =~ ^lagerhuis\ $(field Version)\ \(([0-9a-f]{12}|unknown)\)$ ]] || fail "--version said: $VERSION_LINE"

# The data files are the unpacked ones: the default --assets names them, and the build
# machine's source tree is nowhere in the binary.
"$BIN" demo --help | grep -qF "$SHARE/lagerhuis" || fail "demo --help does not default to $SHARE/lagerhuis"
if grep -qaF "$(realpath "$(dirname "$0")/../..")/assets" "$BIN"; then fail "the binary names the source tree's assets/"; fi
WORKDIR="$ROOT/work"
mkdir -p "$WORKDIR"
(cd "$WORKDIR" && "$BIN" demo -o demo.lagerhuis >/dev/null) || fail "lagerhuis demo failed"
(cd "$WORKDIR" && "$BIN" analyze session demo.lagerhuis --table >/dev/null) || fail "lagerhuis analyze failed"
(cd "$WORKDIR" && "$BIN" export demo.lagerhuis --format html -o verslag.html >/dev/null) || fail "lagerhuis export failed"
grep -q "<html" "$WORKDIR/verslag.html" || fail "the report is not HTML"

# The file type: well-formed, compiled by update-mime-database into a glob for
# *.lagerhuis, and its magic ("LgHs", the application_id at byte 68) is in a real file.
xmllint --noout "$SHARE/mime/packages/lagerhuis.xml" "$SHARE/icons/hicolor/scalable/apps/lagerhuis.svg"
[ "$(dd if="$WORKDIR/demo.lagerhuis" bs=1 skip=68 count=4 status=none)" = LgHs ] || fail "no LgHs at byte 68 of a session file"
if command -v update-mime-database >/dev/null; then
  mkdir -p "$ROOT/mime/packages"
  cp "$SHARE/mime/packages/lagerhuis.xml" "$ROOT/mime/packages/"
  compiled=$(update-mime-database "$ROOT/mime" 2>&1) || fail "update-mime-database: $compiled"
  grep -q '^application/x-lagerhuis:\*\.lagerhuis$' "$ROOT/mime/globs" || fail "update-mime-database made no *.lagerhuis glob"
else
  echo "update-mime-database not installed: the file type was only checked as XML"
fi
grep -q '^MimeType=application/x-lagerhuis;$' "$SHARE/applications/lagerhuis-replay.desktop" || fail "the replay entry does not open .lagerhuis files"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$SHARE/applications/lagerhuis.desktop" "$SHARE/applications/lagerhuis-replay.desktop"
else
  echo "desktop-file-validate not installed (desktop-file-utils): the desktop entries were not validated"
fi
echo "deb_test: $(basename "$DEB") passed ($VERSION_LINE)"
