// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/graph/graphtheme.h"
#include "core/model/time.h"
#include "core/timeline/histogram.h"

#include <QFont>
#include <QRectF>
#include <QTimeZone>

#include <vector>

class QPainter;

namespace cascade {

class TimeIndex;
struct Case;

// The time strip of a slide: the volume of events over the whole case (bars, darker up
// to the cursor), the milestones as numbered markers (the slide's own filled), the
// cursor with its time, and a few ticks in the case's display zone. A plain painting
// helper over core/timeline: the window's Qt Charts timeline is not used for slides.
class TimeStrip
{
public:
    TimeStrip(const Case &c, const TimeIndex &index, const QTimeZone &zone);

    // The height the strip needs with `font` (design units).
    static qreal height(const QFont &font);

    // Paints in `rect` (the width is used in full; the height should be height(font)).
    void paint(QPainter *painter, const QRectF &rect, TimeMs cursor, int milestone, const GraphTheme &theme,
               const QFont &font) const;

    TimeMs start() const { return m_start; }
    TimeMs end() const { return m_end; }

private:
    struct Tick {
        TimeMs time;
        QString text;
    };
    std::vector<Tick> ticks(double width, const QFont &font) const;

    std::vector<TimeMs> m_milestones;
    QTimeZone m_zone;
    TimeMs m_start = 0;
    TimeMs m_end = 1;
    std::vector<HistogramBucket> m_buckets;
    int m_maxBucket = 0;
};

} // namespace cascade
