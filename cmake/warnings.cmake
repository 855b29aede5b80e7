# Project-wide compile flags: warnings on everywhere, sanitizers when asked.
add_compile_options(-Wall -Wextra -Wpedantic)

if(LAGERHUIS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# GCC 12 reports -Wrestrict inside std::string's operator+ at -O2 and above, a known
# false positive (GCC bug 105651, fixed in GCC 13); a project-wide rewrite of string
# concatenation to dodge it would make the code worse, not safer.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  add_compile_options(-Wno-restrict)
endif()

# GCC's -Wmaybe-uninitialized reports the union inside std::optional and std::variant as
# read before it is written once an optimised build inlines a move or a comparison of
# them: a known false positive (GCC bug 80635, open since GCC 7). A release build printed
# it for every vector of action variants and for optional<Side> == Side. Real reads of
# an unset variable still meet -Wuninitialized (in -Wall) and the sanitizers of the tests.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  add_compile_options(-Wno-maybe-uninitialized)
endif()
