// SPDX-License-Identifier: GPL-3.0-or-later
// The AVX2 build of the case-file reader (compiled with -mavx2 -mbmi -mpclmul -mlzcnt,
// see core/CMakeLists.txt); used only when the CPU has those instructions.
#define CASCADE_READER_NS reader_haswell
#include "core/io/casereader.inc"
