// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/actoritem.h"

#include "app/graph/graphscene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

constexpr qreal kPad = 3;       // chip: padding left of the marker and right of the label
constexpr qreal kGap = 4;       // chip: between the marker slot and the label
constexpr qreal kHaloPad = 2.5; // compact labels: halo around the text
constexpr qreal kRing = 7;      // room for the glow, the selection ring and the flash
// Compact dots of the selection and its path keep a minimum size on screen when zoomed
// far out (so the path stays findable): their bounds grow by this much.
constexpr qreal kHighlightRoom = 24;

// The opacity of text whose pixel size on screen is `px`: none below `from`, full above
// `to`. Labels fade rather than pop when zooming out.
qreal textOpacity(qreal px, qreal from, qreal to)
{
    return std::clamp((px - from) / (to - from), 0.0, 1.0);
}

} // namespace

ActorItem::ActorItem(ActorId actor, bool compact)
    : m_actor(actor), m_compact(compact)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true); // a quiet actor shows its label under the mouse
    setZValue(compact ? 2 : 1);
}

GraphScene *ActorItem::graphScene() const
{
    return static_cast<GraphScene *>(scene());
}

void ActorItem::setGeometry(QSizeF layoutBox, qreal markerDiameter, qreal markerSlot)
{
    m_box = layoutBox;
    m_marker = markerDiameter;
    m_slot = markerSlot;
    updateBounds();
}

void ActorItem::setMarkerDiameter(qreal diameter)
{
    if (diameter == m_marker)
        return;
    m_marker = diameter;
    updateBounds();
}

void ActorItem::setLabel(const QString &text, qreal width)
{
    m_label = text;
    m_labelWidth = width;
    updateBounds();
}

void ActorItem::setColour(QColor colour)
{
    m_colour = colour;
    update();
}

void ActorItem::setState(quint16 flags, bool on)
{
    replaceState(flags, on ? flags : 0);
}

void ActorItem::replaceState(quint16 mask, quint16 flags)
{
    const quint16 next = static_cast<quint16>((m_state & ~mask) | (flags & mask));
    if (next == m_state)
        return;
    constexpr quint16 labelFlags = LabelAllowed | Selected | OnPath | Story | Quiet | Hovered;
    const bool relabel = m_compact && ((next ^ m_state) & labelFlags);
    m_state = next;
    if (relabel)
        updateBounds();
    else
        update();
}

void ActorItem::setFlash(qreal strength)
{
    if (strength == m_flash)
        return;
    m_flash = strength;
    update();
}

QPointF ActorItem::markerCentre() const
{
    if (m_compact)
        return {0, 0};
    // A marker bigger than its slot grows to the left, out of the chip, so that the
    // label never moves when markers grow during play.
    const qreal slotRight = -m_box.width() / 2 + kPad + m_slot;
    return {slotRight - std::max(m_slot, m_marker) / 2, 0};
}

QRectF ActorItem::bodyRect() const
{
    if (m_compact)
        return QRectF(-m_marker / 2, -m_marker / 2, m_marker, m_marker);
    return QRectF(-m_box.width() / 2, -m_box.height() / 2, m_chipWidth, m_box.height());
}

QRectF ActorItem::labelRect() const
{
    if (m_label.isEmpty())
        return {};
    const qreal h = GraphScene::labelLineHeight();
    if (m_state & Story)
        return {}; // the scene draws it, large, in the foreground
    if (m_compact) {
        if (!(m_state & (LabelAllowed | Selected | OnPath | Hovered)))
            return {};
        const qreal x = m_marker / 2 + 3;
        return QRectF(x, -h / 2, m_labelWidth, h);
    }
    const qreal x = -m_box.width() / 2 + kPad + m_slot + kGap;
    return QRectF(x, -h / 2, m_labelWidth, h);
}

void ActorItem::updateBounds()
{
    prepareGeometryChange();
    if (!m_compact)
        m_chipWidth = std::max(m_box.width(), kPad + m_slot + kGap + m_labelWidth + kPad + 2);
    const QPointF c = markerCentre();
    const qreal r = m_marker / 2;
    QRectF b = bodyRect() | QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
    b.adjust(-kRing, -kRing, kRing, kRing);
    if (m_compact && (m_state & (Selected | OnPath)))
        b.adjust(-kHighlightRoom, -kHighlightRoom, kHighlightRoom, kHighlightRoom);
    const QRectF label = labelRect();
    if (!label.isEmpty())
        b |= label.adjusted(-kHaloPad - 1, -kHaloPad - 1, kHaloPad + 1, kHaloPad + 1);
    m_bounds = b;
}

QRectF ActorItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath ActorItem::shape() const
{
    QPainterPath p;
    p.setFillRule(Qt::WindingFill); // overlapping parts add up, never cancel out
    if (m_compact) {
        const qreal r = std::max<qreal>(m_marker / 2, 4);
        p.addEllipse(QPointF(0, 0), r, r);
        const QRectF label = labelRect();
        if (!label.isEmpty())
            p.addRect(label);
    } else {
        p.addRect(bodyRect());
        const QPointF c = markerCentre();
        p.addEllipse(c, m_marker / 2, m_marker / 2);
    }
    return p;
}

void ActorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const GraphScene *gs = graphScene();
    if (!gs)
        return;
    const GraphTheme &theme = gs->theme();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    qreal opacity = 1.0;
    if (!(m_state & Active))
        opacity = theme.faintOpacity;
    if (m_state & Dimmed)
        opacity = std::min(opacity, theme.dimOpacity);
    painter->setOpacity(opacity);
    if (m_compact)
        paintDot(painter, lod, *gs);
    else
        paintChip(painter, lod, *gs);
}

void ActorItem::paintChip(QPainter *painter, qreal lod, const GraphScene &scene)
{
    const GraphTheme &theme = scene.theme();
    const QRectF chip = bodyRect();
    const bool lost = m_state & (Lost | Removed);
    const QColor marker = lost ? theme.lost : m_colour;
    // Far out, a label is too small to read (under 5.5 pixels): an empty box would be all
    // one sees, so the actor is its dot in the role colour (at least two pixels across);
    // the text fades in up to 8 pixels, as the dot view's labels do.
    const qreal alpha = textOpacity(GraphScene::labelPixelSize() * lod, 5.5, 8.0);
    // Story-first: a story actor's label is the scene's; a quiet actor is its dot until
    // the mouse is over it or the view is zoomed in.
    const bool dotOnly = (m_state & Story) || (quietNow(lod) && !m_flash);
    if ((alpha <= 0 && m_flash <= 0) || dotOnly) {
        // Highlighted, the dot glows (the scene's foreground labels name the ones that
        // fit); an empty highlighted box would say nothing.
        const bool highlighted = m_state & (Selected | OnPath);
        qreal r = std::max(m_marker / 2, 1.0 / lod);
        if (m_state & Story)
            r = std::max(r, 4.0 / lod);
        if (highlighted) {
            r = std::max(r, 4.0 / lod);
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme.highlight);
            painter->drawEllipse(markerCentre(), r + 5 / lod, r + 5 / lod);
        }
        painter->setPen(m_state & Selected ? QPen(theme.selection, 2.0 / lod) : QPen(Qt::NoPen));
        painter->setBrush(marker);
        painter->drawEllipse(markerCentre(), r, r);
        return;
    }
    const qreal radius = std::min<qreal>(6, chip.height() / 2);
    if (m_state & (OnPath | Selected)) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.highlight);
        painter->drawRoundedRect(chip.adjusted(-5, -5, 5, 5), radius + 5, radius + 5);
    }
    if (m_flash > 0) {
        QColor f = theme.flash;
        f.setAlphaF(std::clamp<qreal>(m_flash, 0, 1));
        painter->setPen(QPen(f, 3.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(chip.adjusted(-3, -3, 3, 3), radius + 3, radius + 3);
    }
    QPen border(theme.chipBorder, 1.0);
    if (m_state & Selected)
        border = QPen(theme.selection, 2.2);
    else if (m_state & Delayed)
        border = QPen(theme.lost, 1.6, Qt::DashLine);
    else if (lost)
        border = QPen(theme.lost, 1.2, Qt::DashLine);
    else if (m_state & Neighbour)
        border = QPen(m_colour, 1.4);
    painter->setPen(border);
    painter->setBrush(theme.chipFill);
    painter->drawRoundedRect(chip, radius, radius);

    const QPointF c = markerCentre();
    const qreal r = m_marker / 2;
    painter->setPen(QPen(theme.markerOutline, 1.2));
    painter->setBrush(marker);
    painter->drawEllipse(c, r, r);
    if (m_state & Removed) {
        painter->setPen(QPen(theme.text, 1.6, Qt::SolidLine, Qt::RoundCap));
        const qreal k = r * 0.75;
        painter->drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
        painter->drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
    }

    if (alpha <= 0 || m_label.isEmpty())
        return;
    QFont font = GraphScene::labelFont();
    if (m_state & Selected)
        font.setBold(true);
    font.setStrikeOut(m_state & Removed);
    painter->setFont(font);
    QColor text = lost ? theme.mutedText : theme.text;
    text.setAlphaF(text.alphaF() * alpha);
    painter->setPen(text);
    QRectF label = labelRect();
    label.setRight(chip.right() - kPad);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_label);
}

void ActorItem::paintDot(QPainter *painter, qreal lod, const GraphScene &scene)
{
    const GraphTheme &theme = scene.theme();
    const bool lost = m_state & (Lost | Removed);
    const QColor marker = lost ? theme.lost : m_colour;
    const bool highlighted = m_state & (Selected | OnPath);
    const bool special = highlighted || (m_state & (Neighbour | Removed | Delayed)) || m_flash > 0;
    const qreal device = m_marker * lod;
    if (device < 2.5 && !special) {
        // A dot of a pixel or two: a square is indistinguishable and far cheaper. Never
        // below about two pixels, so that a zoomed-out graph still shows its actors.
        const qreal side = std::min(std::max(m_marker, 1.8 / lod), m_marker + 2 * kRing);
        const bool aa = painter->testRenderHint(QPainter::Antialiasing);
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(QRectF(-side / 2, -side / 2, side, side), marker);
        painter->setRenderHint(QPainter::Antialiasing, aa);
    } else {
        qreal r = m_marker / 2;
        if (highlighted)
            r = std::min(std::max(r, 4.0 / lod), r + kHighlightRoom - 6); // at least 8 pixels across
        if (highlighted) {
            const qreal glow = std::max<qreal>(5, 3 / lod);
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme.highlight);
            painter->drawEllipse(QPointF(0, 0), r + glow, r + glow);
        }
        if (m_flash > 0) {
            QColor f = theme.flash;
            f.setAlphaF(std::clamp<qreal>(m_flash, 0, 1));
            painter->setPen(QPen(f, 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(QPointF(0, 0), r + 3, r + 3);
        }
        QPen outline(theme.markerOutline, std::min<qreal>(1.0, r * 0.25));
        if (m_state & Selected)
            outline = QPen(theme.selection, std::max(2.0, 1.5 / lod));
        else if (m_state & Delayed)
            outline = QPen(theme.lost, 1.2, Qt::DashLine);
        painter->setPen(outline);
        painter->setBrush(marker);
        painter->drawEllipse(QPointF(0, 0), r, r);
    }

    const QRectF label = labelRect();
    if (label.isEmpty() || quietNow(lod))
        return;
    const qreal alpha = textOpacity(GraphScene::labelPixelSize() * lod, 5.5, 8.0);
    if (alpha <= 0)
        return;
    painter->setOpacity(painter->opacity() * alpha);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.chipFill);
    painter->drawRoundedRect(label.adjusted(-kHaloPad, -1, kHaloPad, 1), 3, 3);
    QFont font = GraphScene::labelFont();
    if (m_state & Selected)
        font.setBold(true);
    painter->setFont(font);
    painter->setPen(lost ? theme.mutedText : theme.text);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_label);
}

bool ActorItem::quietNow(qreal lod) const
{
    constexpr qreal kZoomedLabelPixels = 14; // zoomed in this far, every label is back
    return (m_state & Quiet) && !(m_state & (Hovered | Selected | OnPath)) &&
           GraphScene::labelPixelSize() * lod < kZoomedLabelPixels;
}

void ActorItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    setState(Hovered, true);
}

void ActorItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    setState(Hovered, false);
}

void ActorItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (GraphScene *gs = graphScene(); gs && event->button() == Qt::LeftButton) {
        gs->actorPressed(m_actor, event->scenePos());
        event->accept();
        return;
    }
    QGraphicsItem::mousePressEvent(event);
}

void ActorItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (GraphScene *gs = graphScene(); gs && (event->buttons() & Qt::LeftButton))
        gs->actorDragged(m_actor, event->scenePos(), event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton));
}

void ActorItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (GraphScene *gs = graphScene())
        gs->actorReleased(m_actor);
    event->accept();
}

} // namespace cascade
