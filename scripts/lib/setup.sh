# Shared by scripts/start, scripts/test and scripts/fuzz: install what is missing
# (Debian 12), then configure and build a CMake preset. Sourced, not run. Prints each
# phase's time.

LAGERHUIS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Debian 12 packages the build and the tests need (see README, "Set-up").
LAGERHUIS_PACKAGES=(
  cmake ninja-build g++ pkg-config
  libimgui-dev libglfw3-dev libboost1.81-dev libboost-json1.81-dev
  catch2 libsqlite3-dev libqrencode-dev libcli11-dev fonts-dejavu-core libstb-dev libssl-dev
)
# Only the tests need these: the browser for the participant page's end-to-end test,
# Clang with its libFuzzer and sanitizer runtimes for scripts/fuzz, and a virtual X
# display with software OpenGL for the native app's smoke test (tests/app/participant/join_smoke.sh),
# Python for the include check (scripts/include_check), what the Debian package's
# test checks it with (tests/package/deb_test.sh), poppler's pdftotext and pdftoppm for
# the printed report (tests/web/report_check.mjs), openssl for the TLS tests'
# certificates and nginx for the reverse proxy's test.
LAGERHUIS_TEST_PACKAGES=(chromium clang-14 libclang-rt-14-dev xvfb xauth libgl1-mesa-dri universal-ctags python3
  dpkg-dev desktop-file-utils shared-mime-info libxml2-utils poppler-utils openssl nginx-light)

# The Windows build (scripts/windows_test, scripts/package): the MinGW-w64 compiler with
# POSIX threads, Wine to run its tests, tcl for SQLite's amalgamation, zip for the package.
LAGERHUIS_WINDOWS_PACKAGES=(g++-mingw-w64-x86-64-posix wine64 tcl zip dpkg-dev xvfb xauth)

phase_start() { PHASE_NAME="$1"; PHASE_T0=$(date +%s); echo "==> $1"; }
phase_end() { echo "==> $PHASE_NAME took $(( $(date +%s) - PHASE_T0 )) s"; }

missing_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  echo "${missing[@]}"
}

ensure_packages() {
  phase_start "install"
  local missing
  missing=$(missing_packages "$@")
  if [ -n "$missing" ]; then
    echo "Installing: $missing"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
  else
    echo "All packages present."
  fi
  phase_end
}

build_preset() {
  local preset="$1"; shift
  phase_start "build ($preset)"
  cmake --preset "$preset" -S "$LAGERHUIS_ROOT" >/dev/null
  cmake --build --preset "$preset" "$@"
  phase_end
}
