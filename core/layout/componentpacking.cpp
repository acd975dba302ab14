// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/componentpacking.h"

#include <algorithm>
#include <cmath>

namespace cascade {

std::vector<QPointF> packInRows(const std::vector<QSizeF> &sizes, double gap)
{
    double area = 0;
    double widest = 0;
    for (const QSizeF &s : sizes) {
        area += (s.width() + gap) * (s.height() + gap);
        widest = std::max(widest, s.width());
    }
    const double rowWidth = std::max(widest, 1.3 * std::sqrt(area));
    std::vector<QPointF> corners;
    corners.reserve(sizes.size());
    double x = 0;
    double y = 0;
    double rowHeight = 0;
    for (const QSizeF &s : sizes) {
        if (x > 0 && x + s.width() > rowWidth) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        corners.emplace_back(x, y);
        x += s.width() + gap;
        rowHeight = std::max(rowHeight, s.height());
    }
    return corners;
}

} // namespace cascade
