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
// Sizes are in the painter's units (device pixels in the window). Its three parts (roles,
// links, the notes on size and grouping) go one under the other (a column) or side by
// side (a row: a band over a wide graph).
class GraphLegend
{
public:
    enum class Arrangement { Column, Row };
    GraphLegend(GraphLegendModel model, GraphTheme theme, QFont font = {}, Arrangement arrangement = Arrangement::Column);

    QSizeF size() const;
    // Paints at `topLeft`, with a background box in the theme's chip colour.
    void paint(QPainter *painter, QPointF topLeft) const;

    const GraphLegendModel &model() const { return m_model; }

private:
    qreal rowHeight() const;
    // The parts' sizes (empty when the model has none of it), and painting one at its
    // top left corner.
    QSizeF rolesSize() const;
    QSizeF linksSize() const;
    QSizeF notesSize() const;
    void paintRoles(QPainter *painter, QPointF at) const;
    void paintLinks(QPainter *painter, QPointF at) const;
    void paintNotes(QPainter *painter, QPointF at) const;
    // Where each part goes, from the box's top left corner (inside the padding).
    std::vector<QPointF> partOffsets() const;

    GraphLegendModel m_model;
    GraphTheme m_theme;
    QFont m_font;
    Arrangement m_arrangement;
};

} // namespace cascade
