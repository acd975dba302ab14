# SPDX-License-Identifier: GPL-3.0-or-later
# The committed translations cover the code as it is: lupdate run over the sources into a
# copy of each .ts drops no text (one the code lost) and adds none (a new one, added
# unfinished: scripts/check-translations fails on the copy).
# -DLUPDATE=... -DPROJECT_IN=the lupdate project qt_add_translations wrote
# -DGENERATE_PROJECT=Qt's script that makes lupdate's JSON of it -DPYTHON=... -DROOT=the source tree
# -DWORK=a scratch folder -DTS_FILES="a.ts;b.ts"
file(MAKE_DIRECTORY "${WORK}")
set(PROJECT "${WORK}/project.json")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${PROJECT}" -P "${GENERATE_PROJECT}"
                RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "could not make lupdate's project from ${PROJECT_IN}")
endif()
foreach(ts IN LISTS TS_FILES)
  get_filename_component(name "${ts}" NAME)
  set(copy "${WORK}/${name}")
  file(COPY_FILE "${ts}" "${copy}")
  set(only "")
  if(name STREQUAL "cascade_en.ts")
    set(only -pluralonly) # English: the plural forms only (app/CMakeLists.txt)
  endif()
  execute_process(COMMAND "${LUPDATE}" -project "${PROJECT}" -no-obsolete -locations none ${only} -ts "${copy}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}: ${err}")
  endif()
  # A text the code lost is dropped from the copy (-no-obsolete); a new one is added
  # unfinished, which scripts/check-translations reports.
  file(READ "${ts}" before)
  file(READ "${copy}" after)
  string(REGEX MATCHALL "<message" m_before "${before}")
  string(REGEX MATCHALL "<message" m_after "${after}")
  list(LENGTH m_before n_before)
  list(LENGTH m_after n_after)
  if(n_after LESS n_before)
    message(FATAL_ERROR "${name}: texts the code no longer has are still there: build the update_translations target\n${out}")
  endif()
  execute_process(COMMAND "${PYTHON}" "${ROOT}/scripts/check-translations" "${copy}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name} is not finished (see above)")
  endif()
endforeach()
