// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/layoutresult.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>

namespace cascade {

QPointF LayoutEdge::start() const
{
    return curves.empty() || curves.front().points.empty() ? QPointF() : curves.front().points.front();
}

QPointF LayoutEdge::end() const
{
    return curves.empty() || curves.back().points.empty() ? QPointF() : curves.back().points.back();
}

double TimeScale::xOf(TimeMs t) const
{
    if (end <= start)
        return x0;
    return x0 + static_cast<double>(t - start) * (x1 - x0) / static_cast<double>(end - start);
}

QRectF LayoutResult::nodeRect(ActorId a) const
{
    const auto i = static_cast<std::size_t>(a);
    const QSizeF s = sizes[i];
    return QRectF(centres[i].x() - s.width() / 2, centres[i].y() - s.height() / 2, s.width(), s.height());
}

QRectF computeBounds(const LayoutResult &result)
{
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    auto add = [&](double x0, double y0, double x1, double y1) {
        if (!any) {
            left = x0, top = y0, right = x1, bottom = y1;
            any = true;
            return;
        }
        left = std::min(left, x0);
        top = std::min(top, y0);
        right = std::max(right, x1);
        bottom = std::max(bottom, y1);
    };
    for (ActorId a = 0; a < result.actorCount(); ++a) {
        const QRectF r = result.nodeRect(a);
        add(r.left(), r.top(), r.right(), r.bottom());
    }
    for (const LayoutEdge &e : result.edges) {
        for (const BezierChain &chain : e.curves)
            for (const QPointF &p : chain.points)
                add(p.x(), p.y(), p.x(), p.y());
        if (e.hasHeadArrow)
            add(e.headTip.x(), e.headTip.y(), e.headTip.x(), e.headTip.y());
        if (e.hasTailArrow)
            add(e.tailTip.x(), e.tailTip.y(), e.tailTip.x(), e.tailTip.y());
    }
    for (const SwimLane &lane : result.lanes)
        add(lane.rect.left(), lane.rect.top(), lane.rect.right(), lane.rect.bottom());
    if (!any)
        return QRectF();
    // QRectF keeps a width, not a right edge: left + (right - left) can fall one unit in
    // the last place short of right, and the bounds would then not contain the
    // rightmost actor. Widen by as many units as that takes.
    double width = right - left, height = bottom - top;
    while (left + width < right)
        width = std::nextafter(width, HUGE_VAL);
    while (top + height < bottom)
        height = std::nextafter(height, HUGE_VAL);
    return QRectF(left, top, width, height);
}

QByteArray layoutFingerprint(const LayoutResult &result)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(result.engine.toUtf8());
    auto add = [&hash](double v) {
        const auto rounded = static_cast<qint64>(std::llround(v * 100));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&rounded), sizeof rounded));
    };
    for (std::size_t a = 0; a < result.centres.size(); ++a) {
        add(result.centres[a].x());
        add(result.centres[a].y());
        add(result.sizes[a].width());
        add(result.sizes[a].height());
    }
    return hash.result().toHex();
}

} // namespace cascade
