// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QIODevice>

namespace cascade {

// The XML exporters (exporters.h writes them atomically). False when the XML writer
// reports an error (then nothing is committed).
bool writeGexf(const Case &c, QIODevice &out);
bool writeGraphml(const Case &c, QIODevice &out);

// The text exporters.
bool writeDot(const Case &c, QIODevice &out);
bool writeInteractionsCsv(const Case &c, QIODevice &out);
bool writeActorsCsv(const Case &c, QIODevice &out);
bool writeEventsCsv(const Case &c, QIODevice &out);

} // namespace cascade
