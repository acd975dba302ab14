// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cascade {

// Opens the main window on the case named in `args` (the bundled Haiti 2010 case when
// empty) and runs the event loop; returns the exit code. Options: `cascade [FILE]
// [--at TIME] [--select HANDLE] [--roster CSV] [--size WxH] [--screenshot PNG]`.
// --roster applies a roster to the case once it is open, as File > Apply Roster does:
// one undoable step, unsaved.
int runMainWindow(const QStringList &args);

} // namespace cascade
