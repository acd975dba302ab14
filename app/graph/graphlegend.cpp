// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/graphlegend.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace cascade {

namespace {

constexpr qreal kPadding = 8;
constexpr qreal kSwatch = 22;     // width of the sample column
constexpr qreal kMaxTextWidth = 190; // longer notes wrap

QString tr(const char *text)
{
    return QCoreApplication::translate("GraphLegend", text);
}

} // namespace

GraphLegend::GraphLegend(GraphLegendModel model, GraphTheme theme, QFont font)
    : m_model(std::move(model)), m_theme(std::move(theme)), m_font(std::move(font))
{
    if (m_font.pixelSize() <= 0 && m_font.pointSizeF() <= 0)
        m_font.setPixelSize(12);
}

qreal GraphLegend::rowHeight() const
{
    return QFontMetricsF(m_font).height() + 3;
}

QSizeF GraphLegend::size() const
{
    if (m_model.empty())
        return {};
    const QFontMetricsF fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetricsF fmBold(bold);
    qreal width = std::max(fmBold.horizontalAdvance(tr("Roles")), fmBold.horizontalAdvance(tr("Links")));
    int rows = 0;
    for (const auto &r : m_model.roles) {
        width = std::max(width, kSwatch + fm.horizontalAdvance(QStringLiteral("%1 (%2)").arg(r.label, QString::number(r.actors))));
        ++rows;
    }
    for (InteractionKind k : m_model.kinds) {
        width = std::max(width, kSwatch + fm.horizontalAdvance(interactionKindLabel(k)));
        ++rows;
    }
    if (m_model.anyInferred) {
        width = std::max(width, kSwatch + fm.horizontalAdvance(tr("lighter: inferred")));
        ++rows;
    }
    int headers = (m_model.roles.empty() ? 0 : 1) + (m_model.kinds.empty() ? 0 : 1);
    qreal notes = 0;
    for (const QString &t : {m_model.sizeText, m_model.extraText, m_model.crowdText})
        if (!t.isEmpty()) {
            const QRectF r = fm.boundingRect(QRectF(0, 0, kMaxTextWidth, 1e6), Qt::TextWordWrap, t);
            width = std::max(width, r.width());
            notes += r.height() + 3;
        }
    return QSizeF(width + 2 * kPadding, (rows + headers) * rowHeight() + notes + 2 * kPadding + (headers > 1 ? 4 : 0));
}

void GraphLegend::paint(QPainter *painter, QPointF topLeft) const
{
    if (m_model.empty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QSizeF s = size();
    QColor box = m_theme.chipFill;
    box.setAlphaF(std::max<qreal>(box.alphaF(), 0.92));
    painter->setPen(QPen(m_theme.chipBorder, 1));
    painter->setBrush(box);
    painter->drawRoundedRect(QRectF(topLeft, s), 6, 6);

    const qreal h = rowHeight();
    QFont bold = m_font;
    bold.setBold(true);
    qreal y = topLeft.y() + kPadding;
    const qreal x = topLeft.x() + kPadding;
    auto text = [&](const QString &t, qreal left, const QFont &f, const QColor &c) {
        painter->setFont(f);
        painter->setPen(c);
        painter->drawText(QRectF(left, y, s.width(), h), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, t);
    };
    if (!m_model.roles.empty()) {
        text(tr("Roles"), x, bold, m_theme.text);
        y += h;
        for (const auto &r : m_model.roles) {
            painter->setPen(QPen(m_theme.markerOutline, 1));
            painter->setBrush(r.colour);
            painter->drawEllipse(QPointF(x + 7, y + h / 2), 5.5, 5.5);
            text(QStringLiteral("%1 (%2)").arg(r.label, QString::number(r.actors)), x + kSwatch, m_font, m_theme.text);
            y += h;
        }
    }
    if (!m_model.kinds.empty()) {
        y += m_model.roles.empty() ? 0 : 4;
        text(tr("Links"), x, bold, m_theme.text);
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
            text(tr("lighter: inferred"), x + kSwatch, m_font, m_theme.mutedText);
            y += h;
        }
    }
    const QFontMetricsF fm(m_font);
    for (const QString &t : {m_model.sizeText, m_model.extraText, m_model.crowdText})
        if (!t.isEmpty()) {
            const QRectF r = fm.boundingRect(QRectF(x, y, kMaxTextWidth, 1e6), Qt::TextWordWrap, t);
            painter->setFont(m_font);
            painter->setPen(m_theme.mutedText);
            painter->drawText(QRectF(x, y, s.width() - 2 * kPadding, r.height() + 3), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, t);
            y += r.height() + 3;
        }
    painter->restore();
}

} // namespace cascade
