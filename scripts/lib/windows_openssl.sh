#!/usr/bin/env bash
# OpenSSL for the Windows build: Debian's source package (unpacked by windows_sources.sh
# into DIR/openssl) configured for MinGW-w64 as static libraries, only what a TLS 1.2/1.3
# server and client need, and installed into the cache, keyed by Debian's version, the
# compiler's and the options, so a second run (any worktree, any build folder) does
# nothing.
#
#   scripts/lib/windows_openssl.sh DIR    prints the install prefix (include/, lib/) on
#                                         stdout; progress and the build's time on stderr
set -euo pipefail

DIR="$(cd "$1" && pwd)"
SOURCE="$DIR/openssl"
CROSS=x86_64-w64-mingw32-
# The -posix compiler, as the rest of the Windows build (cmake/mingw-w64-x86_64.cmake).
COMPILER=gcc-posix
# What a TLS 1.2+/1.3 server and client with RSA or EC certificates, ECDHE and AES-GCM or
# ChaCha20-Poly1305 do not use: protocols, old ciphers, the legacy provider, engines and
# loadable modules, and the message formats of other PKI uses. no-autoload-config: a
# Windows build would otherwise read openssl.cnf from a folder fixed at build time.
OPTIONS=(no-shared no-tests no-module no-legacy no-engine no-dso no-autoload-config
  no-ssl3 no-dtls no-srp no-srtp no-psk no-nextprotoneg no-comp no-ct no-cms no-cmp no-ocsp no-ts no-rfc3779
  no-gost no-idea no-mdc2 no-rc2 no-rc4 no-rc5 no-bf no-cast no-camellia no-seed no-aria no-des no-md4
  no-rmd160 no-whirlpool no-sm2 no-sm3 no-sm4 no-siphash no-ec2m no-dsa)
# Where OpenSSL looks for its default CA file and folder (and would look for engines and
# modules, which this build cannot load). Made from --prefix they would name this
# machine's cache, on Windows "\root\..." of the current drive: a folder any user may
# create, and so plant a CA in. Upstream's Windows default instead, writable by
# administrators only.
DATA_FOLDER="C:/Program Files/Common Files/SSL"
FOLDERS=(OPENSSLDIR="$DATA_FOLDER" ENGINESDIR="$DATA_FOLDER/engines-3" MODULESDIR="$DATA_FOLDER/ossl-modules")

[ -f "$SOURCE/.unpacked" ] || { echo "windows_openssl: $SOURCE is not unpacked (scripts/lib/windows_sources.sh)" >&2; exit 1; }
version=$(dpkg-parsechangelog -l "$SOURCE/debian/changelog" -S Version)
compiler_version=$("$CROSS$COMPILER" -dumpfullversion)
options_key=$(printf '%s\n' "$compiler_version" "${FOLDERS[@]}" "${OPTIONS[@]}" | sha256sum | cut -c1-8)
PREFIX="$DIR/openssl-$version-mingw64-$options_key"

# One build at a time per cache: a second caller waits, then finds it done.
exec 9>"$DIR/.openssl.lock"
flock 9
if [ ! -f "$PREFIX/.installed" ]; then
  echo "windows_openssl: building OpenSSL $version for mingw64 (once per version, a few minutes)" >&2
  started=$(date +%s)
  build="$DIR/openssl-build"
  rm -rf "$build" "$PREFIX"
  mkdir -p "$build"
  (
    cd "$build"
    "$SOURCE/Configure" mingw64 --cross-compile-prefix="$CROSS" CC="$COMPILER" \
      --prefix="$PREFIX" --libdir=lib "${OPTIONS[@]}" >configure.log 2>&1
    make -j2 build_libs "${FOLDERS[@]}" >make.log 2>&1
    make install_dev >install.log 2>&1
  ) || { echo "windows_openssl: the build failed, see $build/*.log" >&2; exit 1; }
  rm -rf "$build"
  touch "$PREFIX/.installed"
  echo "windows_openssl: OpenSSL $version built in $(( $(date +%s) - started )) s" >&2
fi
echo "$PREFIX"
