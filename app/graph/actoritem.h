// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QColor>
#include <QGraphicsItem>
#include <QString>

namespace cascade {

class GraphScene;

// One actor of the graph. In labelled layouts a "chip": a rounded box holding the role
// marker (a disc sized by the chosen measure) and the label, the box being the node the
// layout placed (edges end on it) and the label's own background, so text never sits
// on edges. In compact layouts a dot, with a label beside it on a halo when there is
// room and the zoom makes it legible. Holds the actor's id and how it is drawn, never a
// pointer into the case; the scene decides its state.
class ActorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };

    // What the scene tells the item about its actor, as of the scene's time.
    enum StateFlag : quint16 {
        Active = 1 << 0,       // has appeared by the scene's time
        Selected = 1 << 1,     // the document's selected actor
        Neighbour = 1 << 2,    // linked to the selected actor by a visible edge
        OnPath = 1 << 3,       // on the selected actor's path from the origin
        Lost = 1 << 4,         // what-if: the message no longer reaches it
        Removed = 1 << 5,      // what-if: the actor taken out
        Dimmed = 1 << 6,       // pushed back by a selection
        LabelAllowed = 1 << 7, // compact layouts: its label has room
        Faint = 1 << 8,        // inactive, drawn faint (instead of hidden)
        Delayed = 1 << 9,      // what-if: reached, but later
        Story = 1 << 10,       // story-first: its label is the scene's, large, in the foreground
        Quiet = 1 << 11,       // story-first, not in the story: a dot, labelled on hover or zoom
        Hovered = 1 << 12,     // under the mouse
    };

    ActorItem(ActorId actor, bool compact);

    ActorId actor() const { return m_actor; }
    int type() const override { return Type; }

    // The layout's box for the actor (centred on the item's position), the marker's
    // diameter, and the slot the marker sits in (chips only).
    void setGeometry(QSizeF layoutBox, qreal markerDiameter, qreal markerSlot);
    void setMarkerDiameter(qreal diameter);
    qreal markerDiameter() const { return m_marker; }
    void setLabel(const QString &text, qreal width);
    const QString &label() const { return m_label; }
    qreal labelWidth() const { return m_labelWidth; }
    void setColour(QColor colour);
    QColor colour() const { return m_colour; }

    quint16 state() const { return m_state; }
    bool hasState(StateFlag f) const { return (m_state & f) != 0; }
    // Sets or clears flags; repaints (and re-measures, for LabelAllowed) when they change.
    void setState(quint16 flags, bool on);
    void replaceState(quint16 mask, quint16 flags);

    // 0..1: how strongly the "new event" ring shows (the scene animates it).
    void setFlash(qreal strength);
    qreal flash() const { return m_flash; }

    // Where the marker's centre is, in item coordinates.
    QPointF markerCentre() const;
    // The chip, or the dot (item coordinates).
    QRectF bodyRect() const;
    // The label's box (item coordinates); empty when no label is drawn at any zoom.
    QRectF labelRect() const;
    bool compact() const { return m_compact; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    bool quietNow(qreal lod) const; // Quiet, and neither hovered, highlighted nor zoomed into
    GraphScene *graphScene() const;
    void updateBounds();
    void paintChip(QPainter *painter, qreal lod, const GraphScene &scene);
    void paintDot(QPainter *painter, qreal lod, const GraphScene &scene);

    ActorId m_actor;
    bool m_compact;
    quint16 m_state = 0;
    qreal m_flash = 0;
    qreal m_marker = 8;   // diameter
    qreal m_slot = 18;    // chips: the marker's slot at the box's left
    QSizeF m_box;         // the layout's box
    qreal m_chipWidth = 0;
    qreal m_labelWidth = 0;
    QColor m_colour;
    QString m_label;
    QRectF m_bounds;
};

} // namespace cascade
