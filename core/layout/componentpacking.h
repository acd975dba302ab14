// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

#include <vector>

namespace cascade {

// Places boxes in rows, in the order given (callers put the most important component
// first), in a strip about 1.3 times as wide as the square root of their total area
// (never narrower than the widest box), `gap` points apart. Returns each box's top-left
// corner. Linear time; used to arrange the connected components of a layout.
std::vector<QPointF> packInRows(const std::vector<QSizeF> &sizes, double gap);

} // namespace cascade
