// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace cascade {

// Icons of the timeline controls that the platform style does not provide, painted
// (so they look the same with any icon theme, or none).
enum class TimelineIcon { PreviousMilestone, NextMilestone, ZoomIn, ZoomOut, ZoomReset };

QIcon timelineIcon(TimelineIcon which);

} // namespace cascade
