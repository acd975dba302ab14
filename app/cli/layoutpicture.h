// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cascade {

struct Case;
struct LayoutResult;

// A plain picture of a layout, for looking at it (`cascade layout --png`, the layout
// tests): edges with arrows, actors coloured by role, handles when the layout made room
// for labels, swimlane bands. Not the explorer's graph scene, which draws the window
// and the slides. The longer side of the image is at most `maxSide` pixels.
bool writeLayoutPicture(const Case &c, const LayoutResult &layout, const QString &path, int maxSide = 2400,
                        QString *error = nullptr);

} // namespace cascade
