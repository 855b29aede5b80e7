#!/usr/bin/env bash
# The sources of the libraries the Windows build compiles itself (Dear ImGui, GLFW,
# SQLite, libqrencode), from Debian's own source packages of the versions the Linux build
# links, never from the project's tree. `apt-get source` checks them against the signed
# Release file and the .dsc; a private sources list and state folder leave the machine's
# apt configuration untouched. The mirror is the one this machine already uses.
#
#   scripts/lib/windows_sources.sh DIR     fetches once into DIR (a cache), then unpacks
#                                           DIR/imgui DIR/glfw3 DIR/sqlite3 DIR/qrencode
#                                           and makes SQLite's amalgamation in
#                                           DIR/sqlite3-amalgamation (needs tclsh)
# A second run with the same DIR does nothing.
set -euo pipefail

DIR="$(mkdir -p "$1" && cd "$1" && pwd)"
PACKAGES=(imgui glfw3 sqlite3 qrencode)

done_marker="$DIR/.unpacked"
if [ -f "$done_marker" ]; then
  exit 0
fi

mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
if [ -z "$mirror" ]; then
  mirror=$(awk '$1 == "deb" && $2 !~ /^\[/ { print $2; exit } $1 == "deb" { print $3; exit }' /etc/apt/sources.list 2>/dev/null || true)
fi
if [ -z "$mirror" ]; then
  echo "windows_sources: no Debian mirror found in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list" >&2
  exit 1
fi

apt_state="$DIR/apt"
mkdir -p "$apt_state/lists/partial"
printf 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s bookworm main\n' "$mirror" >"$apt_state/sources.list"
apt_private=(-o Dir::Etc::sourcelist="$apt_state/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$apt_state/lists")

if [ ! -f "$DIR/download/.fetched" ]; then
  apt-get "${apt_private[@]}" -qq update
  mkdir -p "$DIR/download"
  # --download-only checks every file against the .dsc and the .dsc against the signed
  # index. A mirror may lack a file (one has answered 404 for qrencode's small Debian
  # part): what arrived is still checked, and the unpacking below says what is missing.
  (cd "$DIR/download" && apt-get "${apt_private[@]}" -qq source --download-only "${PACKAGES[@]}") ||
    echo "windows_sources: apt-get source did not fetch every file; unpacking what was verified" >&2
  touch "$DIR/download/.fetched"
fi

# The files a .dsc lists, with their SHA-256: "sum size name" lines.
dsc_files() { awk '/^Checksums-Sha256:/ { in_list = 1; next } /^[^ ]/ { in_list = 0 } in_list { print $1, $3 }' "$1"; }

for package in "${PACKAGES[@]}"; do
  dsc=$(ls "$DIR"/download/"${package}"_*.dsc 2>/dev/null | head -n 1 || true)
  [ -n "$dsc" ] || { echo "windows_sources: no source package of $package was fetched" >&2; exit 1; }
  rm -rf "${DIR:?}/$package"
  complete=true
  while read -r sum name; do
    [ -f "$DIR/download/$name" ] || { complete=false; continue; }
    echo "$sum  $DIR/download/$name" | sha256sum --quiet -c - || { echo "windows_sources: $name is damaged" >&2; exit 1; }
  done < <(dsc_files "$dsc")
  if $complete; then
    # dpkg-source checks the sums once more and applies Debian's patches.
    dpkg-source --no-check -x "$dsc" "$DIR/$package" >/dev/null
  else
    orig=$(ls "$DIR"/download/"${package}"_*.orig.tar.* | grep -v -- '-www' | head -n 1)
    echo "windows_sources: $package: Debian's own part is missing, the verified upstream source is used unpatched" >&2
    mkdir -p "$DIR/$package"
    tar -xf "$orig" -C "$DIR/$package" --strip-components=1
  fi
done
# SQLite's single-file build is generated from its tree by native tools (lemon, tclsh).
mkdir -p "$DIR/sqlite3-amalgamation"
(cd "$DIR/sqlite3-amalgamation" && ../sqlite3/configure --disable-tcl >configure.log 2>&1 && make -j2 sqlite3.c >make.log 2>&1) ||
  { echo "windows_sources: SQLite's amalgamation failed, see $DIR/sqlite3-amalgamation/*.log" >&2; exit 1; }
touch "$done_marker"
