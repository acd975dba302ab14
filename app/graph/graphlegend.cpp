// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/graphlegend.h"

#include "app/presentation/displayformat.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace cascade {

namespace {

constexpr qreal kPadding = 8;
constexpr qreal kSwatch = 22;     // width of the sample column
constexpr qreal kMaxTextWidth = 190; // longer notes wrap

// The texts of this file, for Qt Linguist (the context "GraphLegend").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GraphLegend)
};

} // namespace

GraphLegend::GraphLegend(GraphLegendModel model, GraphTheme theme, QFont font, Arrangement arrangement)
    : m_model(std::move(model)), m_theme(std::move(theme)), m_font(std::move(font)), m_arrangement(arrangement)
{
    if (m_font.pixelSize() <= 0 && m_font.pointSizeF() <= 0)
        m_font.setPixelSize(12);
    // Measured once: the window asks for the size at every framing.
    m_parts[Roles] = rolesSize();
    m_parts[Links] = linksSize();
    m_parts[Notes] = notesSize();
    // A column: the parts one under the other, 4 more between roles and links; a row: side
    // by side, 14 apart.
    qreal along = 0;
    bool any = false;
    QRectF whole;
    for (int k = 0; k < PartCount; ++k) {
        if (m_parts[k].isEmpty())
            continue;
        if (m_arrangement == Arrangement::Row) {
            along += any ? 14 : 0;
            m_offsets[k] = QPointF(along, 0);
            along += m_parts[k].width();
        } else {
            along += (any && k == Links) ? 4 : 0;
            m_offsets[k] = QPointF(0, along);
            along += m_parts[k].height();
        }
        whole |= QRectF(m_offsets[k], m_parts[k]);
        any = true;
    }
    if (!m_model.empty())
        m_size = QSizeF(whole.width() + 2 * kPadding, whole.height() + 2 * kPadding);
}

qreal GraphLegend::rowHeight() const
{
    return QFontMetricsF(m_font).height() + 3;
}

QSizeF GraphLegend::rolesSize() const
{
    if (m_model.roles.empty())
        return {};
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    qreal width = QFontMetricsF(bold).horizontalAdvance(Text::tr("Roles"));
    for (const auto &r : m_model.roles)
        width = std::max(width, kSwatch + fm.horizontalAdvance(QStringLiteral("%1 (%2)").arg(r.label, DisplayFormat::count(r.actors))));
    return QSizeF(width, static_cast<qreal>(m_model.roles.size() + 1) * rowHeight());
}

QSizeF GraphLegend::linksSize() const
{
    if (m_model.kinds.empty())
        return {};
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    qreal width = QFontMetricsF(bold).horizontalAdvance(Text::tr("Links"));
    for (InteractionKind k : m_model.kinds)
        width = std::max(width, kSwatch + fm.horizontalAdvance(interactionKindLabel(k)));
    std::size_t rows = m_model.kinds.size() + 1;
    if (m_model.anyInferred) {
        width = std::max(width, kSwatch + fm.horizontalAdvance(Text::tr("lighter: inferred")));
        ++rows;
    }
    return QSizeF(width, static_cast<qreal>(rows) * rowHeight());
}

QSizeF GraphLegend::notesSize() const
{
    const QFontMetricsF fm(m_font);
    qreal width = 0, height = 0;
    for (const QString &t : {m_model.sizeText, m_model.extraText, m_model.crowdText})
        if (!t.isEmpty()) {
            const QRectF r = fm.boundingRect(QRectF(0, 0, kMaxTextWidth, 1e6), Qt::TextWordWrap, t);
            width = std::max(width, r.width());
            height += r.height() + 3;
        }
    return QSizeF(width, height);
}

QSizeF GraphLegend::size() const
{
    return m_size;
}

void GraphLegend::paint(QPainter *painter, QPointF topLeft) const
{
    if (m_model.empty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QSizeF s = m_size;
    QColor box = m_theme.chipFill;
    box.setAlphaF(std::max<qreal>(box.alphaF(), 0.92));
    painter->setPen(QPen(m_theme.chipBorder, 1));
    painter->setBrush(box);
    painter->drawRoundedRect(QRectF(topLeft, s), 6, 6);
    const QPointF inside = topLeft + QPointF(kPadding, kPadding);
    paintRoles(painter, inside + m_offsets[Roles]);
    paintLinks(painter, inside + m_offsets[Links]);
    paintNotes(painter, inside + m_offsets[Notes]);
    painter->restore();
}

void GraphLegend::drawLine(QPainter *painter, const QString &text, QPointF at, qreal width, const QFont &font,
                           const QColor &colour) const
{
    painter->setFont(font);
    painter->setPen(colour);
    painter->drawText(QRectF(at, QSizeF(width + kPadding, rowHeight())), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      text);
}

void GraphLegend::paintRoles(QPainter *painter, QPointF at) const
{
    if (m_model.roles.empty())
        return;
    const qreal h = rowHeight();
    const qreal width = m_parts[Roles].width();
    QFont bold = m_font;
    bold.setBold(true);
    const qreal x = at.x();
    qreal y = at.y();
    drawLine(painter, Text::tr("Roles"), QPointF(x, y), width, bold, m_theme.text);
    y += h;
    for (const auto &r : m_model.roles) {
        painter->setPen(QPen(m_theme.markerOutline, 1));
        painter->setBrush(r.colour);
        painter->drawEllipse(QPointF(x + 7, y + h / 2), 5.5, 5.5);
        drawLine(painter, QStringLiteral("%1 (%2)").arg(r.label, DisplayFormat::count(r.actors)), QPointF(x + kSwatch, y), width,
                 m_font, m_theme.text);
        y += h;
    }
}

void GraphLegend::paintLinks(QPainter *painter, QPointF at) const
{
    if (m_model.kinds.empty())
        return;
    const qreal h = rowHeight();
    const qreal width = m_parts[Links].width();
    QFont bold = m_font;
    bold.setBold(true);
    const qreal x = at.x();
    qreal y = at.y();
    auto text = [&](const QString &t, qreal left, const QFont &f, const QColor &c) {
        drawLine(painter, t, QPointF(left, y), width, f, c);
    };
    text(Text::tr("Links"), x, bold, m_theme.text);
    y += h;
    auto sample = [&](const EdgeStyle &style, QColor colour) {
        QPen pen(colour, 1.6 * style.widthFactor, style.penStyle, Qt::FlatCap);
        painter->setPen(pen);
        const qreal my = y + h / 2;
        painter->drawLine(QPointF(x, my), QPointF(x + kSwatch - 8, my));
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(QPolygonF({QPointF(x + kSwatch - 3, my), QPointF(x + kSwatch - 9, my - 3.2),
                                        QPointF(x + kSwatch - 9, my + 3.2)}));
    };
    for (InteractionKind k : m_model.kinds) {
        const EdgeStyle &style = m_theme.edges[static_cast<int>(k)];
        sample(style, style.colour);
        text(interactionKindLabel(k), x + kSwatch, m_font, m_theme.text);
        y += h;
    }
    if (m_model.anyInferred) {
        const EdgeStyle &style = m_theme.edges[static_cast<int>(InteractionKind::Repost)];
        QColor c = style.colour;
        c.setAlphaF(m_theme.inferredAlpha);
        sample(style, c);
        text(Text::tr("lighter: inferred"), x + kSwatch, m_font, m_theme.mutedText);
    }
}

void GraphLegend::paintNotes(QPainter *painter, QPointF at) const
{
    const QFontMetricsF fm(m_font);
    qreal y = at.y();
    for (const QString &t : {m_model.sizeText, m_model.extraText, m_model.crowdText})
        if (!t.isEmpty()) {
            const QRectF r = fm.boundingRect(QRectF(at.x(), y, kMaxTextWidth, 1e6), Qt::TextWordWrap, t);
            painter->setFont(m_font);
            painter->setPen(m_theme.mutedText);
            painter->drawText(QRectF(at.x(), y, std::max(r.width(), m_parts[Notes].width()), r.height() + 3),
                              Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, t);
            y += r.height() + 3;
        }
}

} // namespace cascade
