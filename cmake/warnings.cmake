# Project-wide compile flags: warnings on everywhere, sanitizers when asked.
add_compile_options(-Wall -Wextra -Wpedantic)

if(LAGERHUIS_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
