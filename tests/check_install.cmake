# SPDX-License-Identifier: GPL-3.0-or-later
# cmake --install into a scratch prefix, then what a Linux desktop reads of it, checked
# by the desktop's own tools: desktop-file-validate (the .desktop file), appstreamcli
# (the metainfo), update-mime-database (the type of .cascade.json files); the installed
# program runs, and speaks French from its installed translations.
# -DBUILD=the build folder -DPREFIX=the scratch prefix -DCASE=a case file
set(APP org.cascade.Cascade)
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD}" --prefix "${PREFIX}" RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed")
endif()
foreach(f bin/cascade share/applications/${APP}.desktop share/metainfo/${APP}.metainfo.xml
          share/mime/packages/${APP}.xml share/icons/hicolor/scalable/apps/${APP}.svg
          share/icons/hicolor/48x48/apps/${APP}.png share/icons/hicolor/256x256/apps/${APP}.png
          share/cascade/translations/cascade_fr.qm share/cascade/translations/cascade_en.qm)
  if(NOT EXISTS "${PREFIX}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " line "${ARGN}")
    message(FATAL_ERROR "${line} failed (${rc}):\n${out}\n${err}")
  endif()
  set(OUT "${out}${err}" PARENT_SCOPE)
endfunction()

run(desktop-file-validate "${PREFIX}/share/applications/${APP}.desktop")
if(NOT OUT STREQUAL "")
  message(FATAL_ERROR "desktop-file-validate: ${OUT}")
endif()
run(appstreamcli validate --no-net --explain "${PREFIX}/share/metainfo/${APP}.metainfo.xml")
run(update-mime-database "${PREFIX}/share/mime")
file(READ "${PREFIX}/share/mime/globs2" globs)
if(NOT globs MATCHES "application/x-cascade\\+json:\\*\\.cascade\\.json")
  message(FATAL_ERROR "the MIME database has no *.cascade.json:\n${globs}")
endif()
run("${PREFIX}/bin/cascade" --version)
# The installed program speaks French (its translations are found beside it).
run("${CMAKE_COMMAND}" -E env QT_QPA_PLATFORM=offscreen "XDG_CONFIG_HOME=${PREFIX}/config"
    "${PREFIX}/bin/cascade" export "${CASE}" --milestone 4 -o "${PREFIX}/slide.svg" --language fr)
file(READ "${PREFIX}/slide.svg" svg)
if(NOT svg MATCHES "Étape 4 sur 7")
  message(FATAL_ERROR "the installed program's slide is not in French")
endif()
