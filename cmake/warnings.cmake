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
