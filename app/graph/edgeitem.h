// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/interaction.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace cascade {

class GraphScene;
struct LayoutEdge;

// One edge of the graph: every interaction between two actors, aggregated (the
// layout's LayoutEdge). Styled by its dominant kind (GraphTheme::edges: repost, reply,
// quote solid in their colours, mention dotted, offline dashed), thicker with more
// interactions, lighter when every interaction is inferred, with arrows in the
// direction the message flowed. Holds its index in the layout and the two actor ids.
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    enum StateFlag : quint8 {
        Active = 1 << 0,    // its first interaction happened by the scene's time
        Neighbour = 1 << 1, // touches the selected actor
        OnPath = 1 << 2,    // on the selected actor's path from the origin
        Lost = 1 << 3,      // what-if: every interaction of it so far is dropped
        Dimmed = 1 << 4,    // pushed back by a selection
        Faint = 1 << 5,     // not active yet, drawn faint (instead of hidden)
        Picked = 1 << 6,    // the link the user clicked (its events are in the inspector)
        InferredTree = 1 << 7, // on the selected cascade's tree, by inferred edges only: dashed
    };

    explicit EdgeItem(int index);

    int index() const { return m_index; }
    ActorId from() const { return m_from; }
    ActorId to() const { return m_to; }
    int type() const override { return Type; }

    void setEdge(const LayoutEdge &edge, qreal arrowLength, qreal baseWidth);
    InteractionKind kind() const { return m_kind; }
    bool inferredOnly() const { return m_inferred; }
    int count() const { return m_count; }

    // How strongly the edge is drawn when nothing highlights it (1: fully; large
    // graphs draw most edges faintly). Also removes the minimum width on screen.
    void setEmphasis(qreal alpha);
    qreal emphasis() const { return m_emphasis; }
    // Drawn only when zoomed in (large graphs: links off the backbone), unless
    // highlighted.
    void setDetailOnly(bool detail) { m_detailOnly = detail; }
    bool detailOnly() const { return m_detailOnly; }
    // Drawn only when highlighted (large graphs: long links off the backbone, which
    // would cross the whole picture at any zoom).
    void setHighlightOnly(bool only) { m_highlightOnly = only; }
    bool highlightOnly() const { return m_highlightOnly; }

    quint8 state() const { return m_state; }
    bool hasState(StateFlag f) const { return (m_state & f) != 0; }
    void setState(quint8 flags, bool on);
    void setFlash(qreal strength);
    qreal flash() const { return m_flash; }

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    // The line or curve the edge is drawn along (item coordinates), for precise hits.
    QPainterPath centreLine() const;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    qreal width() const { return m_width; }

    int m_index;
    ActorId m_from = kNoActor;
    ActorId m_to = kNoActor;
    InteractionKind m_kind = InteractionKind::Mention;
    bool m_inferred = false;
    bool m_straight = false; // one straight segment: drawn as a line
    bool m_detailOnly = false;
    bool m_highlightOnly = false;
    quint8 m_state = 0;
    int m_count = 0;
    qreal m_flash = 0;
    qreal m_width = 1;
    qreal m_emphasis = 1;
    QLineF m_line;
    QPainterPath m_path;
    QPolygonF m_headArrow;
    QPolygonF m_tailArrow;
    qreal m_arrowSize = 0; // the larger side of the head's box
    QRectF m_bounds;
};

} // namespace cascade
