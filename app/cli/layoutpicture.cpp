// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/layoutpicture.h"

#include "app/presentation/displayformat.h"
#include "core/layout/layoutresult.h"
#include "core/model/case.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void drawArrow(QPainter &p, QPointF base, QPointF tip, double width)
{
    const QPointF d = tip - base;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return;
    const QPointF normal(-d.y() / length * width / 2, d.x() / length * width / 2);
    p.drawPolygon(QPolygonF({tip, base + normal, base - normal}));
}

} // namespace

bool writeLayoutPicture(const Case &c, const LayoutResult &layout, const QString &path, int maxSide, QString *error)
{
    const QRectF bounds = layout.bounds.isValid() ? layout.bounds : computeBounds(layout);
    const double margin = 20;
    const double longest = std::max({bounds.width(), bounds.height(), 1.0});
    const double scale = std::min(2.0, (maxSide - 2 * margin) / longest);
    QImage image(static_cast<int>(std::ceil(bounds.width() * scale + 2 * margin)),
                 static_cast<int>(std::ceil(bounds.height() * scale + 2 * margin)), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = Text::tr("cannot allocate the image");
        return false;
    }
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.translate(margin, margin);
    p.scale(scale, scale);
    p.translate(-bounds.topLeft());

    // Swimlanes: alternate bands, label at the left.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(9);
    p.setFont(font);
    for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
        const SwimLane &lane = layout.lanes[i];
        p.fillRect(lane.rect, i % 2 ? QColor(QRgb(0xf4f4f4)) : QColor(QRgb(0xe9eef4)));
        p.setPen(QColor(QRgb(0x555555)));
        p.drawText(lane.rect.adjusted(4, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, lane.label);
    }

    const double edgeWidth = layout.compact ? 0.4 : 1.0;
    for (const LayoutEdge &e : layout.edges) {
        // Compact layouts: the backbone carries the picture, other links are a haze.
        const QColor edgeColour(60, 60, 60, !layout.compact ? 150 : e.backbone ? 90 : 12);
        QPainterPath curve;
        for (const BezierChain &chain : e.curves) {
            if (chain.points.empty())
                continue;
            curve.moveTo(chain.points[0]);
            for (std::size_t k = 1; k + 2 < chain.points.size(); k += 3)
                curve.cubicTo(chain.points[k], chain.points[k + 1], chain.points[k + 2]);
        }
        p.setPen(QPen(edgeColour, edgeWidth, e.hasKind(InteractionKind::Offline) ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(curve);
        p.setPen(Qt::NoPen);
        p.setBrush(edgeColour);
        const double arrowWidth = layout.compact ? 2.5 : 6;
        if (e.hasHeadArrow)
            drawArrow(p, e.end(), e.headTip, arrowWidth);
        if (e.hasTailArrow)
            drawArrow(p, e.start(), e.tailTip, arrowWidth);
    }

    for (ActorId a = 0; a < layout.actorCount() && static_cast<std::size_t>(a) < c.actors.size(); ++a) {
        const QRectF box = layout.nodeRect(a);
        const QColor colour = DisplayFormat::roleColor(c, a);
        if (layout.shape == NodeShape::Ellipse) {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(box);
            continue;
        }
        // Labelled layouts: the box reserves a marker and the handle beside it.
        p.setPen(QPen(QColor(0, 0, 0, 30), 0.5));
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRoundedRect(box, 4, 4);
        const double d = std::min(box.height() - 4, 16.0);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(box.left() + 3, box.center().y() - d / 2, d, d));
        p.setPen(Qt::black);
        const QRectF text(box.left() + d + 6, box.top(), box.width() - d - 8, box.height());
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(c.actors[static_cast<std::size_t>(a)].handle, Qt::ElideRight,
                                              static_cast<int>(text.width())));
    }
    p.end();
    // Written to a temporary file renamed over `path` once complete: a failed or
    // interrupted write leaves no half picture under the final name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    if (format.isEmpty())
        format = QByteArrayLiteral("png");
    QImageWriter writer(&file, format);
    if (!writer.write(image)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace cascade
