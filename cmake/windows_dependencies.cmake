# The Windows build's third-party code (the "windows" preset), with the same target names
# cmake/dependencies.cmake gives the Linux build, so no CMakeLists below knows the system.
#   header-only, from Debian's -dev packages of this machine: Boost (Asio, Beast, JSON in
#     header-only mode), CLI11, Catch2, stb; seen through a folder of links, because
#     /usr/include itself holds glibc headers that break a MinGW build
#   compiled here from Debian's source packages (scripts/lib/windows_sources.sh, cached
#     outside the build tree): Dear ImGui 1.86 with its GLFW and OpenGL3 backends,
#     GLFW 3.3.8, SQLite 3.40.1, libqrencode 4.1.1
#   built once per version into that cache with its own build system: OpenSSL 3.0
#     (scripts/lib/windows_openssl.sh), static, for TLS in net/
enable_language(C)
set(LAGERHUIS_WINDOWS_SOURCES "$ENV{HOME}/.cache/lagerhuis-windows-sources" CACHE PATH
    "Where Debian's source packages for the Windows build are fetched and unpacked (a cache)")
execute_process(COMMAND ${PROJECT_SOURCE_DIR}/scripts/lib/windows_sources.sh ${LAGERHUIS_WINDOWS_SOURCES}
                RESULT_VARIABLE fetched)
if(NOT fetched EQUAL 0)
  message(FATAL_ERROR "Debian's source packages for the Windows build could not be fetched (see above)")
endif()
set(source_root ${LAGERHUIS_WINDOWS_SOURCES})

set(debian_headers ${CMAKE_BINARY_DIR}/debian-headers)
foreach(folder boost CLI catch2 stb)
  if(NOT EXISTS /usr/include/${folder})
    message(FATAL_ERROR "/usr/include/${folder} is missing: install the Debian packages of scripts/lib/setup.sh")
  endif()
  file(MAKE_DIRECTORY ${debian_headers})
  file(CREATE_LINK /usr/include/${folder} ${debian_headers}/${folder} SYMBOLIC)
endforeach()

# Code of others compiles without our warnings (they are not ours to fix), and file by
# file: ImGui's OpenGL3 loader and GLFW's GL header cannot share a unity batch.
function(lagerhuis_third_party target)
  set_property(TARGET ${target} PROPERTY COMPILE_OPTIONS -w)
  set_property(TARGET ${target} PROPERTY UNITY_BUILD OFF)
endfunction()

add_library(Boost::headers INTERFACE IMPORTED)
# Windows 10 is the oldest the zip supports; Asio picks its Windows API by it.
set_target_properties(Boost::headers PROPERTIES
  INTERFACE_INCLUDE_DIRECTORIES ${debian_headers}
  INTERFACE_COMPILE_DEFINITIONS "_WIN32_WINNT=0x0A00;WIN32_LEAN_AND_MEAN;NOMINMAX"
  INTERFACE_LINK_LIBRARIES "ws2_32;mswsock")

# Boost.JSON in header-only mode: its sources in exactly one file.
file(WRITE ${CMAKE_BINARY_DIR}/boost_json_src.cpp "#include <boost/json/src.hpp>\n")
add_library(lagerhuis_boost_json STATIC ${CMAKE_BINARY_DIR}/boost_json_src.cpp)
target_link_libraries(lagerhuis_boost_json PUBLIC Boost::headers)
lagerhuis_third_party(lagerhuis_boost_json)
add_library(Boost::json ALIAS lagerhuis_boost_json)

add_library(CLI11::CLI11 INTERFACE IMPORTED)
set_target_properties(CLI11::CLI11 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${debian_headers})
add_library(Catch2::Catch2 INTERFACE IMPORTED)
set_target_properties(Catch2::Catch2 PROPERTIES INTERFACE_INCLUDE_DIRECTORIES ${debian_headers})

add_library(lagerhuis_sqlite3 STATIC ${source_root}/sqlite3-amalgamation/sqlite3.c)
target_include_directories(lagerhuis_sqlite3 SYSTEM PUBLIC ${source_root}/sqlite3-amalgamation)
# As Debian builds it, less the extensions we do not use.
target_compile_definitions(lagerhuis_sqlite3 PRIVATE SQLITE_THREADSAFE=1 SQLITE_ENABLE_COLUMN_METADATA SQLITE_DEFAULT_FOREIGN_KEYS=0)
lagerhuis_third_party(lagerhuis_sqlite3)
add_library(SQLite::SQLite3 ALIAS lagerhuis_sqlite3)

set(GLFW_BUILD_DOCS OFF CACHE BOOL "" FORCE)
set(GLFW_BUILD_TESTS OFF CACHE BOOL "" FORCE)
set(GLFW_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
set(GLFW_INSTALL OFF CACHE BOOL "" FORCE)
add_subdirectory(${source_root}/glfw3 ${CMAKE_BINARY_DIR}/third_party/glfw3 EXCLUDE_FROM_ALL SYSTEM)
lagerhuis_third_party(glfw)

add_library(OpenGL::GL INTERFACE IMPORTED)
set_target_properties(OpenGL::GL PROPERTIES INTERFACE_LINK_LIBRARIES opengl32)

# Dear ImGui as Debian's libimgui.a is made (debian/patches/0001-add-Makefile.patch):
# the library, its C++ string helpers and the GLFW and OpenGL3 backends, stb from libstb.
set(imgui ${source_root}/imgui)
file(WRITE ${CMAKE_BINARY_DIR}/stb_implementations.cpp
  "// What Debian's libstb.so holds for ImGui and the screenshots.\n"
  "#define STB_RECT_PACK_IMPLEMENTATION\n#include <stb/stb_rect_pack.h>\n"
  "#define STB_TRUETYPE_IMPLEMENTATION\n#include <stb/stb_truetype.h>\n"
  "// File names are UTF-8 text (app/window/screenshot.cpp), also on Windows.\n"
  "#define STBIW_WINDOWS_UTF8\n"
  "#define STB_IMAGE_WRITE_IMPLEMENTATION\n#include <stb/stb_image_write.h>\n")
add_library(lagerhuis_imgui STATIC
  ${imgui}/imgui.cpp ${imgui}/imgui_demo.cpp ${imgui}/imgui_draw.cpp ${imgui}/imgui_tables.cpp ${imgui}/imgui_widgets.cpp
  ${imgui}/misc/cpp/imgui_stdlib.cpp ${imgui}/backends/imgui_impl_glfw.cpp ${imgui}/backends/imgui_impl_opengl3.cpp
  ${CMAKE_BINARY_DIR}/stb_implementations.cpp)
target_include_directories(lagerhuis_imgui SYSTEM PUBLIC ${imgui} ${imgui}/misc/cpp ${debian_headers} ${debian_headers}/stb)
target_compile_definitions(lagerhuis_imgui PRIVATE
  IMGUI_DISABLE_STB_RECT_PACK_IMPLEMENTATION "IMGUI_STB_RECT_PACK_FILENAME=<stb/stb_rect_pack.h>"
  IMGUI_DISABLE_STB_TRUETYPE_IMPLEMENTATION "IMGUI_STB_TRUETYPE_FILENAME=<stb/stb_truetype.h>")
target_link_libraries(lagerhuis_imgui PRIVATE glfw opengl32)
lagerhuis_third_party(lagerhuis_imgui)
add_library(PkgConfig::IMGUI ALIAS lagerhuis_imgui)

set(qrencode ${source_root}/qrencode)
add_library(lagerhuis_qrencode STATIC
  ${qrencode}/bitstream.c ${qrencode}/mask.c ${qrencode}/mmask.c ${qrencode}/mqrspec.c ${qrencode}/qrencode.c
  ${qrencode}/qrinput.c ${qrencode}/qrspec.c ${qrencode}/rsecc.c ${qrencode}/split.c)
target_include_directories(lagerhuis_qrencode SYSTEM PUBLIC ${qrencode})
target_compile_definitions(lagerhuis_qrencode PRIVATE STATIC_IN_RELEASE=static MAJOR_VERSION=4 MINOR_VERSION=1
  MICRO_VERSION=1 "VERSION=\"4.1.1\"")
lagerhuis_third_party(lagerhuis_qrencode)
add_library(PkgConfig::QRENCODE ALIAS lagerhuis_qrencode)

# OpenSSL's own Configure and make, not CMake: done at configure time, and only once per
# version and options (the script prints the prefix of the cached build).
execute_process(COMMAND ${PROJECT_SOURCE_DIR}/scripts/lib/windows_openssl.sh ${LAGERHUIS_WINDOWS_SOURCES}
                OUTPUT_VARIABLE openssl_prefix OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE built)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "OpenSSL for the Windows build could not be built (see above)")
endif()
# The Windows libraries libcrypto needs, as its own Configure stated them.
file(STRINGS ${openssl_prefix}/lib/pkgconfig/libcrypto.pc crypto_private REGEX "^Libs.private:")
string(REGEX MATCHALL "-l[^ ]+" crypto_system_libraries "${crypto_private}")
list(TRANSFORM crypto_system_libraries REPLACE "^-l" "")
add_library(OpenSSL::Crypto STATIC IMPORTED)
set_target_properties(OpenSSL::Crypto PROPERTIES
  IMPORTED_LOCATION ${openssl_prefix}/lib/libcrypto.a
  INTERFACE_INCLUDE_DIRECTORIES ${openssl_prefix}/include
  INTERFACE_LINK_LIBRARIES "${crypto_system_libraries}")
add_library(OpenSSL::SSL STATIC IMPORTED)
set_target_properties(OpenSSL::SSL PROPERTIES
  IMPORTED_LOCATION ${openssl_prefix}/lib/libssl.a
  INTERFACE_LINK_LIBRARIES OpenSSL::Crypto)

find_package(Threads REQUIRED)
if(LAGERHUIS_BUILD_TESTS)
  list(APPEND CMAKE_MODULE_PATH /usr/lib/cmake/Catch2)
endif()
