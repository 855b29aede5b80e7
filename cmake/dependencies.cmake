# Debian 12 packages only (see README "Set-up"); nothing vendored.
find_package(PkgConfig REQUIRED)
find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS json)
find_package(CLI11 CONFIG REQUIRED)
find_package(SQLite3 REQUIRED)
if(LAGERHUIS_BUILD_TESTS)
  find_package(Catch2 2 REQUIRED)
endif()
