# Debian 12 packages only (see README "Set-up"); nothing vendored. The Windows build
# compiles the same libraries from Debian's source packages instead.
if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows_dependencies.cmake)
  return()
endif()
find_package(PkgConfig REQUIRED)
find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS json)
find_package(CLI11 CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(OpenSSL REQUIRED)  # TLS for the host and its clients (net/)
# app/: Dear ImGui (Debian's libimgui.a holds the GLFW and OpenGL3 backends; its
# pkg-config module adds -lstb), GLFW and OpenGL.
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)
find_package(glfw3 3.3 REQUIRED)
find_package(OpenGL REQUIRED)
# The join QR code in the console and on the projector.
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)
if(LAGERHUIS_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
