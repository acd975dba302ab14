// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/timeaxis.h"

#include <algorithm>
#include <cmath>

namespace cascade {

TimeAxis TimeAxis::make(TimeMs start, TimeMs end, double left, double width)
{
    TimeAxis axis;
    axis.fullStart = start;
    axis.fullEnd = end > start ? end : start + 1;
    axis.viewStart = axis.fullStart;
    axis.viewEnd = axis.fullEnd;
    axis.left = left;
    axis.width = width > 0 ? width : 1;
    return axis;
}

double TimeAxis::mapTimeToX(TimeMs t) const
{
    return left + static_cast<double>(t - viewStart) * width / static_cast<double>(viewSpan());
}

TimeMs TimeAxis::mapXToTime(double x) const
{
    const double offset = (x - left) * static_cast<double>(viewSpan()) / width;
    const auto t = viewStart + static_cast<TimeMs>(std::llround(offset));
    return std::clamp(t, viewStart, viewEnd);
}

double TimeAxis::msPerPixel() const
{
    return static_cast<double>(viewSpan()) / width;
}

void TimeAxis::zoomTo(TimeMs start, TimeMs end)
{
    if (end < start)
        std::swap(start, end);
    const TimeMs fullSpan = fullEnd - fullStart;
    const TimeMs span = std::min(fullSpan, std::max(end - start, kMinimumSpan));
    // Grow a too-short window around its centre, then slide it inside the full range.
    const TimeMs centre = start + (end - start) / 2;
    start = centre - span / 2;
    start = std::clamp(start, fullStart, fullEnd - span);
    viewStart = start;
    viewEnd = start + span;
}

void TimeAxis::zoomAround(double x, double factor)
{
    if (!(factor > 0))
        return;
    const TimeMs anchor = mapXToTime(x);
    const double fraction = std::clamp((x - left) / width, 0.0, 1.0);
    const double newSpan = std::max(static_cast<double>(viewSpan()) / factor, 1.0);
    const auto span = std::min<TimeMs>(fullEnd - fullStart,
                                       std::max<TimeMs>(std::llround(newSpan), kMinimumSpan));
    TimeMs start = anchor - static_cast<TimeMs>(std::llround(fraction * static_cast<double>(span)));
    start = std::clamp(start, fullStart, fullEnd - span);
    viewStart = start;
    viewEnd = start + span;
}

void TimeAxis::pan(double dx)
{
    const TimeMs span = viewSpan();
    const auto shift = static_cast<TimeMs>(std::llround(dx * msPerPixel()));
    viewStart = std::clamp(viewStart + shift, fullStart, fullEnd - span);
    viewEnd = viewStart + span;
}

void TimeAxis::reset()
{
    viewStart = fullStart;
    viewEnd = fullEnd;
}

void TimeAxis::setGeometry(double newLeft, double newWidth)
{
    left = newLeft;
    width = newWidth > 0 ? newWidth : 1;
}

} // namespace cascade
