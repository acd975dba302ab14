// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/labelplacement.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cascade {

namespace {

// Cell size of the grids, in the caller's units: about a short label's width.
constexpr qreal kGridCell = 40;

// The order in which actors place their labels: largest value first, ties by id.
std::vector<std::size_t> byValueDescending(std::size_t n, const auto &valueOf)
{
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return valueOf(x) > valueOf(y); });
    return order;
}

} // namespace

RectGrid::RectGrid(qreal cell) : m_cell(cell) { }

template<typename F>
void RectGrid::forCells(const QRectF &r, F f) const
{
    const auto x0 = static_cast<qint64>(std::floor(r.left() / m_cell));
    const auto x1 = static_cast<qint64>(std::floor(r.right() / m_cell));
    const auto y0 = static_cast<qint64>(std::floor(r.top() / m_cell));
    const auto y1 = static_cast<qint64>(std::floor(r.bottom() / m_cell));
    for (qint64 x = x0; x <= x1; ++x)
        for (qint64 y = y0; y <= y1; ++y)
            f((quint64(quint32(x)) << 32) | quint32(y));
}

bool RectGrid::intersects(const QRectF &r, int ignore) const
{
    bool hit = false;
    forCells(r, [&](quint64 key) {
        const auto it = m_cells.constFind(key);
        if (it == m_cells.cend())
            return;
        for (int i : *it)
            if (i != ignore && m_rects[static_cast<std::size_t>(i)].intersects(r))
                hit = true;
    });
    return hit;
}

int RectGrid::insert(const QRectF &r)
{
    const int id = static_cast<int>(m_rects.size());
    m_rects.push_back(r);
    forCells(r, [&](quint64 key) { m_cells[key].push_back(id); });
    return id;
}

std::vector<std::uint8_t> declutterLabels(const std::vector<LabelCandidate> &candidates, qreal lineHeight)
{
    const std::size_t n = candidates.size();
    RectGrid markers(kGridCell);
    for (const LabelCandidate &c : candidates) {
        const qreal r = c.markerDiameter / 2 + 1;
        markers.insert(QRectF(c.centre - QPointF(r, r), QSizeF(2 * r, 2 * r)));
    }
    RectGrid labels(kGridCell);
    std::vector<std::uint8_t> shown(n, 0);
    const qreal h = lineHeight;
    for (std::size_t a : byValueDescending(n, [&](std::size_t i) { return candidates[i].priority; })) {
        const LabelCandidate &c = candidates[a];
        const qreal x = c.markerDiameter / 2 + 3;
        const QRectF r(c.centre.x() + x - 2, c.centre.y() - h / 2 - 1, c.labelWidth + 5, h + 2);
        if (!labels.intersects(r) && !markers.intersects(r, static_cast<int>(a))) {
            labels.insert(r);
            shown[a] = 1;
        }
    }
    return shown;
}

std::vector<ActorId> prominentActors(const std::vector<double> &value, ActorId origin,
                                     const std::vector<ActorId> &targets, std::size_t count)
{
    const std::size_t n = value.size();
    std::vector<ActorId> out;
    std::vector<std::uint8_t> taken(n, 0);
    auto add = [&](ActorId a) {
        if (a >= 0 && static_cast<std::size_t>(a) < n && !taken[static_cast<std::size_t>(a)]) {
            taken[static_cast<std::size_t>(a)] = 1;
            out.push_back(a);
        }
    };
    add(origin);
    for (ActorId t : targets)
        add(t);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto k = static_cast<std::ptrdiff_t>(std::min(count, n));
    std::partial_sort(order.begin(), order.begin() + k, order.end(), [&](std::size_t x, std::size_t y) {
        return value[x] > value[y] || (value[x] == value[y] && x < y);
    });
    for (std::ptrdiff_t i = 0; i < k; ++i)
        add(static_cast<ActorId>(order[static_cast<std::size_t>(i)]));
    return out;
}

std::optional<QRectF> placeLabelChip(QPointF centre, qreal radius, QSizeF size, const QRectF &frame,
                                     const std::vector<QRectF> &placed)
{
    QRectF box(centre.x() + radius + 3, centre.y() - size.height() / 2, size.width(), size.height());
    if (box.right() > frame.right())
        box.moveRight(centre.x() - radius - 3);
    box.moveLeft(std::max(box.left(), frame.left()));
    box.moveTop(std::clamp(box.top(), frame.top(), std::max(frame.top(), frame.bottom() - size.height())));
    for (const QRectF &p : placed)
        if (p.intersects(box))
            return std::nullopt;
    return box;
}

} // namespace cascade
