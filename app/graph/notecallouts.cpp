// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/notecallouts.h"

#include "app/graph/graphtheme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <cmath>

namespace cascade {

namespace {

constexpr int kCalloutPixels = 12;
constexpr qreal kPadding = 6;
constexpr qreal kGap = 10; // between the marker and the box

QFont calloutFont(qreal scale)
{
    QFont f;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(kCalloutPixels * scale))));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// The text broken into at most kCalloutMaxLines lines of kCalloutWidth, the last one
// elided when the text goes on.
QStringList wrap(const QString &text, const QFont &font, qreal width)
{
    const QString simple = text.simplified();
    QTextLayout layout(simple, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() + 1 == kCalloutMaxLines) {
            const QString rest = simple.mid(line.textStart());
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << simple.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QRectF inside(QRectF box, const QRectF &frame)
{
    if (box.right() > frame.right())
        box.moveRight(frame.right());
    if (box.left() < frame.left())
        box.moveLeft(frame.left());
    if (box.bottom() > frame.bottom())
        box.moveBottom(frame.bottom());
    if (box.top() < frame.top())
        box.moveTop(frame.top());
    return box;
}

bool overlapsAny(const QRectF &box, const std::vector<QRectF> &placed)
{
    return std::any_of(placed.begin(), placed.end(), [&](const QRectF &r) { return r.intersects(box); });
}

// The point of `box`'s outline nearest to `p`.
QPointF nearestOnBox(const QRectF &box, QPointF p)
{
    return {std::clamp(p.x(), box.left(), box.right()), std::clamp(p.y(), box.top(), box.bottom())};
}

} // namespace

std::vector<QRectF> paintNoteCallouts(QPainter *painter, const std::vector<NoteCallout> &callouts,
                                      const QRectF &frame, const GraphTheme &theme,
                                      std::vector<QRectF> &placed, qreal scale)
{
    scale = std::clamp<qreal>(scale, 0.5, 4);
    const qreal padding = kPadding * scale;
    std::vector<QRectF> boxes;
    boxes.reserve(callouts.size());
    const QFont font = calloutFont(scale);
    const QFontMetricsF fm(font);
    for (const NoteCallout &c : callouts) {
        const QStringList lines = wrap(c.text, font, kCalloutWidth * scale);
        qreal width = 0;
        for (const QString &line : lines)
            width = std::max(width, fm.horizontalAdvance(line));
        const QSizeF size(width + 2 * padding, lines.size() * fm.lineSpacing() + 2 * padding - fm.leading());
        const qreal d = c.radius * M_SQRT1_2 + kGap;
        const std::array<QRectF, 4> sides = {
            QRectF(QPointF(c.centre.x() + d, c.centre.y() - d - size.height()), size), // above right
            QRectF(QPointF(c.centre.x() - d - size.width(), c.centre.y() - d - size.height()), size),
            QRectF(QPointF(c.centre.x() + d, c.centre.y() + d), size),                 // below right
            QRectF(QPointF(c.centre.x() - d - size.width(), c.centre.y() + d), size),
        };
        std::vector<QRectF> avoid = placed;
        if (!c.avoid.isEmpty())
            avoid.push_back(c.avoid);
        QRectF box = inside(sides[0], frame);
        for (const QRectF &side : sides) {
            const QRectF candidate = inside(side, frame);
            if (!overlapsAny(candidate, avoid)) {
                box = candidate;
                break;
            }
        }
        placed.push_back(box);
        boxes.push_back(box);

        painter->setPen(QPen(theme.noteBorder, 1.2));
        const QPointF towards = nearestOnBox(box, c.centre);
        const QPointF v = towards - c.centre;
        const qreal length = std::hypot(v.x(), v.y());
        if (length > c.radius + 1)
            painter->drawLine(c.centre + v * (c.radius / length), towards); // from the marker's rim
        painter->setBrush(theme.noteFill);
        painter->drawRoundedRect(box, 4 * scale, 4 * scale);
        painter->setFont(font);
        painter->setPen(theme.noteText);
        qreal y = box.top() + padding + fm.ascent();
        for (const QString &line : lines) {
            painter->drawText(QPointF(box.left() + padding, y), line);
            y += fm.lineSpacing();
        }
    }
    return boxes;
}

} // namespace cascade
