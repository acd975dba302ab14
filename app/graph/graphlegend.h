// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/graph/graphtheme.h"
#include "core/model/interaction.h"

#include <QColor>
#include <QFont>
#include <QPointF>
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
    enum Part { Roles, Links, Notes, PartCount };
    qreal rowHeight() const;
    // The parts' sizes (empty when the model has none of it), measured once.
    QSizeF rolesSize() const;
    QSizeF linksSize() const;
    QSizeF notesSize() const;
    // Painting one part at its top left corner; a line of text in a part.
    void paintRoles(QPainter *painter, QPointF at) const;
    void paintLinks(QPainter *painter, QPointF at) const;
    void paintNotes(QPainter *painter, QPointF at) const;
    void drawLine(QPainter *painter, const QString &text, QPointF at, qreal width, const QFont &font,
                  const QColor &colour) const;

    GraphLegendModel m_model;
    GraphTheme m_theme;
    QFont m_font;
    Arrangement m_arrangement;
    QSizeF m_parts[PartCount];
    QPointF m_offsets[PartCount]; // where each part goes, from inside the padding
    QSizeF m_size;
};

} // namespace cascade
