# SPDX-License-Identifier: GPL-3.0-or-later
# The tests are GoogleTest programs: Qt Test's QVERIFY, QCOMPARE and QTRY_* report to a
# Qt Test run that does not exist, so a failing one returns from the test silently and
# the test passes. Wait with ASSERT_TRUE(QTest::qWaitFor(...)) instead.
file(GLOB_RECURSE _sources "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
set(_found "")
foreach(_file IN LISTS _sources)
  file(STRINGS "${_file}" _lines REGEX "Q(TRY_[A-Z_]+|VERIFY[A-Z_0-9]*|COMPARE[A-Z_]*)\\(")
  foreach(_line IN LISTS _lines)
    string(APPEND _found "${_file}: ${_line}\n")
  endforeach()
endforeach()
if(_found)
  message(FATAL_ERROR "Qt Test assertions in GoogleTest tests (a failure would go unseen):\n${_found}")
endif()
