# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, warnings and Qt defines.
# Every Cascade target links it PRIVATE.
add_library(cascade_options INTERFACE)
target_compile_features(cascade_options INTERFACE cxx_std_20)
set_target_properties(cascade_options PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)
target_compile_options(cascade_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
  -Wno-missing-field-initializers)
if(CASCADE_WARNINGS_AS_ERRORS)
  target_compile_options(cascade_options INTERFACE -Werror)
endif()
target_compile_definitions(cascade_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  CASCADE_VERSION="${PROJECT_VERSION}")
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
