# The Catch2 suite built for Windows (the "windows" preset), run under Wine by
# scripts/windows_test. The same test files as on Linux, less those that cannot be built
# for Windows yet, each with its reason:
#   tests/cli/*, tests/host/serve_*, tests/host/crash_*, tests/net/host_process.*
#       start the real `lagerhuis` through popen/fork+exec and stop it with kill(); a
#       Windows twin of that helper (CreateProcessW, TerminateProcess) is still to come
#   tests/store/crash_test.cpp, tests/store/read_only_media_test.cpp
#       fork a writer and kill -9 it, or make a folder read-only through POSIX modes
#   tests/platform/*_posix_test.cpp
#       check the Linux side of platform/ (XDG folders); the known folders of Windows
#       are not checked by a test yet
#   tests/app/*
#       the screens: checked by the screenshot of Lagerhuis.exe under Wine instead
set(windows_test_folders core platform proto demo store host net report)
set(LAGERHUIS_WINDOWS_TEST_SOURCES)
foreach(folder ${windows_test_folders})
  file(GLOB found CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp)
  list(APPEND LAGERHUIS_WINDOWS_TEST_SOURCES ${found})
endforeach()
list(FILTER LAGERHUIS_WINDOWS_TEST_SOURCES EXCLUDE REGEX
  "/(platform/[a-z_]*_posix_test|host/serve_[a-z_]*|host/crash_[a-z_]*|net/host_process|store/crash_test|store/read_only_media_test)\\.cpp$")

add_library(lagerhuis_catch_main STATIC catch_main.cpp)
target_link_libraries(lagerhuis_catch_main PUBLIC Catch2::Catch2)
add_executable(lagerhuis_tests ${LAGERHUIS_WINDOWS_TEST_SOURCES})
set_target_properties(lagerhuis_tests PROPERTIES UNITY_BUILD OFF)
target_link_libraries(lagerhuis_tests PRIVATE lagerhuis_catch_main lagerhuis_store lagerhuis_net lagerhuis_demo lagerhuis_report)
target_include_directories(lagerhuis_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_compile_definitions(lagerhuis_tests PRIVATE
  LAGERHUIS_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
  LAGERHUIS_FUZZ_CORPUS_DIR="${CMAKE_SOURCE_DIR}/fuzz/corpus"
  LAGERHUIS_BINARY="$<TARGET_FILE:lagerhuis>")
# One ctest entry for the whole suite: listing every case would start Wine per case.
add_test(NAME windows_suite COMMAND lagerhuis_tests)
