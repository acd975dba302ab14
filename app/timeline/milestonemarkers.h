// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/milestone.h"
#include "core/timeline/timeaxis.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

class QGraphicsItem;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace cascade {

// A label to place on one of a few rows above a time axis: its anchor x (the marker
// line) and its full width.
struct LabelSlot {
    double x = 0;
    double width = 0;
    // Results: row (0 = nearest the plot; -1: no room, the title is left out), left edge
    // and shown width (less than `width` when the title had to be elided).
    int row = -1;
    double left = 0;
    double shownWidth = 0;
};

// Places labels sorted by x on at most `maxRows` rows within [minX, maxX] so that no two
// overlap (at least `gap` apart): each starts at its marker (or ends at maxX when it
// would stick out), on the lowest row with room. When no row has room, the previous
// label of the row that leaves the most room is elided down to `minWidth`, and when even
// that is not enough the new label gets no row.
void placeLabels(std::vector<LabelSlot> &labels, double minX, double maxX, int maxRows, double gap, double minWidth);

// The milestone markers of the timeline: a dashed vertical line across the plot at each
// milestone in view, and its title on a band of rows above the plot (elided or left out
// rather than overlapping another). Hovering a title shows the caption; the items live
// in the chart's scene, above the series.
class MilestoneMarkers
{
public:
    static constexpr int kMaxRows = 3;

    MilestoneMarkers(QGraphicsScene *scene, const QFont &font);
    ~MilestoneMarkers();
    MilestoneMarkers(const MilestoneMarkers &) = delete;
    MilestoneMarkers &operator=(const MilestoneMarkers &) = delete;

    void setMilestones(const std::vector<Milestone> &milestones, const QTimeZone &zone);
    // Places the markers for the view of `axis` over `plot` (scene coordinates); the
    // titles go on rows above plot.top(). Returns the number of rows used.
    int layout(const TimeAxis &axis, const QRectF &plot);
    // Height of one row of titles.
    double rowHeight() const;

    // The milestone whose title is at scenePos, if any.
    std::optional<TimeMs> milestoneAt(const QPointF &scenePos) const;

    // What is shown (tests): for each milestone in view, the title as drawn (possibly
    // elided, empty when left out), its box and the x of its line.
    struct Shown {
        QString title;
        QString text;
        QRectF box;
        double lineX = 0;
    };
    QList<Shown> shown() const;

private:
    struct Marker {
        Milestone milestone;
        QGraphicsLineItem *line = nullptr;
        QGraphicsRectItem *box = nullptr;
        QGraphicsSimpleTextItem *text = nullptr;
    };

    QGraphicsScene *m_scene;
    QFont m_font;
    std::vector<Marker> m_markers;
};

} // namespace cascade
