#!/usr/bin/env bash
# The sources of the libraries the Windows build compiles itself (Dear ImGui, GLFW,
# SQLite, libqrencode, OpenSSL), from Debian's own source packages for bookworm, never
# from the project's tree. `apt-get source` checks them against the signed Release file
# and the .dsc; a private sources list and state folder leave the machine's apt
# configuration untouched. The mirrors are the ones this machine already uses; the
# security archive too, when it has one, so OpenSSL comes with Debian's security fixes.
#
#   scripts/lib/windows_sources.sh DIR     fetches once into DIR/download (a cache), then
#                                           unpacks DIR/imgui DIR/glfw3 DIR/sqlite3
#                                           DIR/qrencode DIR/openssl and makes SQLite's
#                                           amalgamation in DIR/sqlite3-amalgamation
#                                           (needs tclsh)
# A second run with the same DIR does nothing; a package added here is fetched and
# unpacked on its own. A newer Debian release is taken only when its files in
# DIR/download are removed.
set -euo pipefail

DIR="$(mkdir -p "$1" && cd "$1" && pwd)"
PACKAGES=(imgui glfw3 sqlite3 qrencode openssl)
AMALGAMATION="$DIR/sqlite3-amalgamation"

# Each unpacked package holds .unpacked, naming the .dsc it came from.
pending=()
for package in "${PACKAGES[@]}"; do
  [ -f "$DIR/$package/.unpacked" ] || pending+=("$package")
done
if [ ${#pending[@]} -eq 0 ] && [ -f "$AMALGAMATION/.made" ]; then
  exit 0
fi

# The URI of the first apt source for SUITE: deb822 stanzas, then the one-line format.
mirror_of() {
  local suite="$1" uri
  uri=$(awk -v suite="$suite" -v RS= '{ uri = ""; named = 0
          for (i = 1; i <= NF; i++) { if ($i == "URIs:") uri = $(i + 1); if ($i == suite) named = 1 }
          if (named && uri != "") { print uri; exit } }' /etc/apt/sources.list.d/*.sources 2>/dev/null || true)
  [ -n "$uri" ] || uri=$(awk -v suite="$suite" '$1 == "deb" { for (i = 3; i <= NF; i++) if ($i == suite) { print $(i - 1); exit } }' \
    /etc/apt/sources.list 2>/dev/null || true)
  echo "$uri"
}

fetch() {
  local mirror security
  mirror=$(mirror_of bookworm)
  security=$(mirror_of bookworm-security)
  if [ -z "$mirror" ]; then
    echo "windows_sources: no Debian mirror for bookworm in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list" >&2
    exit 1
  fi
  local apt_state="$DIR/apt" keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  mkdir -p "$apt_state/lists/partial"
  {
    printf 'deb-src [signed-by=%s] %s bookworm main\n' "$keyring" "$mirror"
    [ -z "$security" ] || printf 'deb-src [signed-by=%s] %s bookworm-security main\n' "$keyring" "$security"
  } >"$apt_state/sources.list"
  [ -n "$security" ] || echo "windows_sources: no bookworm-security source on this machine: OpenSSL as of the last point release" >&2
  # The files are written by this user into its own cache: no _apt sandbox to drop to.
  local apt_private=(-o Dir::Etc::sourcelist="$apt_state/sources.list" -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$apt_state/lists"
                     -o APT::Sandbox::User="$(id -un)")
  apt-get "${apt_private[@]}" -qq update
  mkdir -p "$DIR/download"
  # --download-only checks every file against the .dsc and the .dsc against the signed
  # index. It takes the newest version the sources hold; when that one's .dsc does not
  # arrive (a mirror has answered 404 for the security archive's OpenSSL .dsc), the next
  # older version is tried. What arrived is still checked, and a package whose Debian part
  # is missing (one mirror lacks qrencode's) is unpacked from its verified upstream source.
  local package version
  for package in "$@"; do
    for version in $(apt-cache "${apt_private[@]}" showsrc "$package" | awk '/^Version:/ { print $2 }' | sort -V -r); do
      (cd "$DIR/download" && apt-get "${apt_private[@]}" -qq source --download-only "$package=$version") ||
        echo "windows_sources: apt-get source did not fetch every file of $package $version" >&2
      [ -z "$(newest_dsc "$package")" ] || break
    done
  done
}

newest_dsc() { ls "$DIR"/download/"$1"_*.dsc 2>/dev/null | sort -V | tail -n 1 || true; }

unfetched=()
for package in "${pending[@]}"; do
  [ -n "$(newest_dsc "$package")" ] || unfetched+=("$package")
done
[ ${#unfetched[@]} -eq 0 ] || fetch "${unfetched[@]}"

# The files a .dsc lists, with their SHA-256: "sum size name" lines.
dsc_files() { awk '/^Checksums-Sha256:/ { in_list = 1; next } /^[^ ]/ { in_list = 0 } in_list { print $1, $3 }' "$1"; }

for package in "${pending[@]}"; do
  dsc=$(newest_dsc "$package")
  [ -n "$dsc" ] || { echo "windows_sources: no source package of $package was fetched" >&2; exit 1; }
  rm -rf "${DIR:?}/$package"
  complete=true
  while read -r sum name; do
    [ -f "$DIR/download/$name" ] || { complete=false; continue; }
    echo "$sum  $DIR/download/$name" | sha256sum --quiet -c - || { echo "windows_sources: $name is damaged" >&2; exit 1; }
  done < <(dsc_files "$dsc")
  if $complete; then
    # The sums were checked above; dpkg-source applies Debian's patches.
    dpkg-source --no-check -x "$dsc" "$DIR/$package" >/dev/null
  else
    orig=$(ls "$DIR"/download/"${package}"_*.orig.tar.* | grep -v -- '-www' | grep -v '\.asc$' | head -n 1)
    echo "windows_sources: $package: Debian's own part is missing, the verified upstream source is used unpatched" >&2
    mkdir -p "$DIR/$package"
    tar -xf "$orig" -C "$DIR/$package" --strip-components=1
  fi
  basename "$dsc" >"$DIR/$package/.unpacked"
done
# SQLite's single-file build is generated from its tree by native tools (lemon, tclsh).
if [ ! -f "$AMALGAMATION/.made" ] || [[ " ${pending[*]} " == *" sqlite3 "* ]]; then
  rm -rf "$AMALGAMATION"
  mkdir -p "$AMALGAMATION"
  (cd "$AMALGAMATION" && ../sqlite3/configure --disable-tcl >configure.log 2>&1 && make -j2 sqlite3.c >make.log 2>&1) ||
    { echo "windows_sources: SQLite's amalgamation failed, see $AMALGAMATION/*.log" >&2; exit 1; }
  touch "$AMALGAMATION/.made"
fi
