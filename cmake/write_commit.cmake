# Run at build time (cmake -P) by the lagerhuis_commit target: writes the commit the
# sources are at into OUTPUT, for `lagerhuis --version`. Without git or a .git (a source
# tarball) the commit is "unknown". The file is rewritten only when its text changes, so
# a build at the same commit recompiles nothing.
#   cmake -DSOURCE_DIR=... -DOUTPUT=... -P write_commit.cmake
set(commit "unknown")
# The .git test keeps a tarball unpacked inside some other repository from taking its commit.
if(EXISTS "${SOURCE_DIR}/.git")
  find_package(Git QUIET)
  if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
                    OUTPUT_VARIABLE head RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(status EQUAL 0 AND NOT head STREQUAL "")
      set(commit "${head}")
    endif()
  endif()
endif()

set(text "// Written at build time by cmake/write_commit.cmake; not in the sources.\n#pragma once\n#define LAGERHUIS_COMMIT \"${commit}\"\n")
set(old "")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUTPUT}" "${text}")
endif()
