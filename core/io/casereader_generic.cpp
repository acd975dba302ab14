// SPDX-License-Identifier: GPL-3.0-or-later
// The portable build of the case-file reader (any x86-64 or other CPU).
#define CASCADE_READER_NS reader_generic
#include "core/io/casereader.inc"
