# `cmake --install`: the program, its data files, the licence texts and (on Linux) the
# desktop entries, the icon and the .lagerhuis file type. scripts/package_deb stages this
# into a .deb; an installed binary finds its data files from where it is
# (cli/assets_location.hpp), so the layout below and that lookup go together.
install(TARGETS lagerhuis RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY "${LAGERHUIS_ASSETS_DIR}/" DESTINATION ${LAGERHUIS_INSTALL_ASSETS_DIR})

set(LAGERHUIS_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging/linux")
set(LAGERHUIS_INSTALL_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/lagerhuis")
install(FILES "${LAGERHUIS_PACKAGING_DIR}/copyright" DESTINATION ${LAGERHUIS_INSTALL_DOC_DIR})

# The licence of every component in the program, compiled in (Dear ImGui, Boost's
# header-only Asio and Beast, CLI11) or linked and used (the rest), as Debian's package of
# it states it: copied from that package's copyright file on the build machine, so the
# texts are always those of the versions built with. Component name, then Debian package.
set(LAGERHUIS_COMPONENT_PACKAGES
  dear-imgui libimgui-dev
  boost libboost1.81-dev
  boost-json libboost-json1.81-dev
  cli11 libcli11-dev
  glfw libglfw3
  sqlite libsqlite3-0
  libqrencode libqrencode4
  stb libstb0
  dejavu-fonts fonts-dejavu-core)
while(LAGERHUIS_COMPONENT_PACKAGES)
  list(POP_FRONT LAGERHUIS_COMPONENT_PACKAGES component package)
  set(copyright "/usr/share/doc/${package}/copyright")
  if(EXISTS "${copyright}")
    install(FILES "${copyright}" DESTINATION ${LAGERHUIS_INSTALL_DOC_DIR}/components RENAME ${component}.copyright)
  else()
    message(WARNING "${copyright} is missing: ${component}'s licence text will not be installed (install ${package})")
  endif()
endwhile()

if(UNIX AND NOT APPLE)
  # The console from the menu (its start screen), and the replay viewer for a double-clicked
  # session file: it only reads, so opening a file this way never changes it, works on a
  # finished debate and on one being hosted (followed live), and cannot collide with the
  # host's lock. Continuing a session is the console's start screen, which lists the recent ones.
  install(FILES "${LAGERHUIS_PACKAGING_DIR}/lagerhuis.desktop" "${LAGERHUIS_PACKAGING_DIR}/lagerhuis-replay.desktop"
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES "${LAGERHUIS_PACKAGING_DIR}/lagerhuis.svg" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  install(FILES "${LAGERHUIS_PACKAGING_DIR}/lagerhuis.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
endif()
