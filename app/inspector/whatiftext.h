// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/whatif.h"

#include <QString>

class QTimeZone;

namespace cascade {

struct Case;

// What a what-if removal (core/analysis/whatif.h) loses, in a few lines of rich text for
// the inspector: each target still reached or not and how much later, the actors no
// longer reached (the first few by name), the actors reached later, the events that
// would not have happened.
QString describeWhatIf(const Case &c, const WhatIfResult &result, const QTimeZone &zone, bool withDate);

} // namespace cascade
