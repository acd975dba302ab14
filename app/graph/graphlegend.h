// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/graph/graphtheme.h"
#include "core/model/interaction.h"

#include <QColor>
#include <QFont>
#include <QSizeF>
#include <QString>

#include <vector>

class QPainter;

namespace cascade {

// What the legend of a graph lists: the roles present (with their colours), the edge
// kinds present, and what size and lightness mean.
struct GraphLegendModel {
    struct RoleEntry {
        QString label;
        QColor colour;
        int actors = 0;
    };
    std::vector<RoleEntry> roles;
    std::vector<InteractionKind> kinds;
    bool anyInferred = false;
    QString sizeText;   // e.g. "Size: followers"
    QString extraText;  // e.g. "What-if: without @x (grey: no longer reached)"
    QString crowdText;  // the crowd rule, when a group is drawn

    bool empty() const { return roles.empty() && kinds.empty(); }
};

// Paints a legend: the window draws it over the graph, the slide exporter beside it.
// Sizes are in the painter's units (device pixels in the window).
class GraphLegend
{
public:
    GraphLegend(GraphLegendModel model, GraphTheme theme, QFont font = {});

    QSizeF size() const;
    // Paints at `topLeft`, with a background box in the theme's chip colour.
    void paint(QPainter *painter, QPointF topLeft) const;

    const GraphLegendModel &model() const { return m_model; }

private:
    qreal rowHeight() const;

    GraphLegendModel m_model;
    GraphTheme m_theme;
    QFont m_font;
};

} // namespace cascade
