# Cross-compiling for 64-bit Windows on Debian with MinGW-w64 (g++-mingw-w64-x86-64-posix:
# the -posix flavour has std::thread). Used by the "windows" preset.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(LAGERHUIS_MINGW_PREFIX x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${LAGERHUIS_MINGW_PREFIX}-gcc-posix)
set(CMAKE_CXX_COMPILER ${LAGERHUIS_MINGW_PREFIX}-g++-posix)
set(CMAKE_RC_COMPILER ${LAGERHUIS_MINGW_PREFIX}-windres)
set(CMAKE_FIND_ROOT_PATH /usr/${LAGERHUIS_MINGW_PREFIX})
# Programs (tclsh, python) from the build machine; libraries and headers only from MinGW's
# root: Debian's own /usr/include holds glibc headers that break a Windows build.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# The zip needs no DLL beyond Windows' own: the C and C++ runtimes and winpthread linked in.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")
# Tests run the programs under Wine.
# (Debian puts wine64 outside PATH.)
set(CMAKE_CROSSCOMPILING_EMULATOR /usr/lib/wine/wine64)
