# What `lagerhuis --version` prints: project(VERSION) and the commit. The commit is read
# on every build by a target, not once by configure_file, so it is never stale after a new
# commit; the header it writes changes only when the commit does (write_commit.cmake), and
# only main.cpp includes it.
set(LAGERHUIS_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated")
set(LAGERHUIS_COMMIT_HEADER "${LAGERHUIS_GENERATED_DIR}/lagerhuis_commit.hpp")
add_custom_target(lagerhuis_commit
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DOUTPUT=${LAGERHUIS_COMMIT_HEADER}
          -P "${CMAKE_SOURCE_DIR}/cmake/write_commit.cmake"
  BYPRODUCTS "${LAGERHUIS_COMMIT_HEADER}"
  VERBATIM)
