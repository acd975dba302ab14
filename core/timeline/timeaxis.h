// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

namespace cascade {

// Time <-> pixel maths of the timeline (volume chart, scrubber, cursor line), kept out of
// the painting code so that it can be tested row by row (the idea of KDAB hotspot's
// TimeLineData::mapTimeToX / mapXToTime). The full range is the case; the view is the
// zoomed window shown across `width` pixels starting at x = `left`.
struct TimeAxis {
    // The shortest window a zoom may reach.
    static constexpr TimeMs kMinimumSpan = kMsPerSecond;

    TimeMs fullStart = 0;
    TimeMs fullEnd = 1;
    TimeMs viewStart = 0;
    TimeMs viewEnd = 1;
    double left = 0;
    double width = 1;

    // An unzoomed axis over [start, end] (end is moved to start + 1 when not after it).
    static TimeAxis make(TimeMs start, TimeMs end, double left, double width);

    // x of time t; linear, not clamped (times outside the view map outside [left, left+width]).
    double mapTimeToX(TimeMs t) const;
    // The time under pixel x, rounded to the millisecond and clamped to the view.
    TimeMs mapXToTime(double x) const;
    double msPerPixel() const;
    TimeMs viewSpan() const { return viewEnd - viewStart; }
    bool isZoomed() const { return viewStart != fullStart || viewEnd != fullEnd; }

    // Shows [start, end], clamped to the full range and to at least kMinimumSpan (or the
    // full span when that is shorter).
    void zoomTo(TimeMs start, TimeMs end);
    // Zooms by `factor` (> 1 in, < 1 out) keeping the time under pixel x where it is.
    void zoomAround(double x, double factor);
    // Shifts the view by dx pixels (positive: later times come into view), keeping its
    // span and staying within the full range.
    void pan(double dx);
    // Shows the full range again.
    void reset();
    // Resizes the drawing area, keeping the view.
    void setGeometry(double newLeft, double newWidth);

    friend bool operator==(const TimeAxis &, const TimeAxis &) = default;
};

} // namespace cascade
