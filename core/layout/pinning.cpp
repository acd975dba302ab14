// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/pinning.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <deque>
#include <unordered_map>

namespace cascade {

namespace {

// A uniform grid over node boxes for overlap queries.
class Grid
{
public:
    explicit Grid(double cell)
        : m_cell(std::max(cell, 1.0))
    {
    }
    void insert(int id, QPointF c) { m_cells[key(c)].push_back(id); }
    void remove(int id, QPointF c)
    {
        auto it = m_cells.find(key(c));
        if (it == m_cells.end())
            return;
        auto &v = it->second;
        v.erase(std::remove(v.begin(), v.end(), id), v.end());
    }
    // Ids in the cells around c (boxes up to one cell from c's cell).
    template<typename F>
    void around(QPointF c, F &&f) const
    {
        const auto [cx, cy] = cellOf(c);
        for (std::int64_t dx = -1; dx <= 1; ++dx)
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                auto it = m_cells.find(pack(cx + dx, cy + dy));
                if (it == m_cells.end())
                    continue;
                for (int id : it->second)
                    f(id);
            }
    }

private:
    std::pair<std::int64_t, std::int64_t> cellOf(QPointF c) const
    {
        return {static_cast<std::int64_t>(std::floor(c.x() / m_cell)), static_cast<std::int64_t>(std::floor(c.y() / m_cell))};
    }
    static std::uint64_t pack(std::int64_t x, std::int64_t y)
    {
        return (static_cast<std::uint64_t>(x) << 32) ^ (static_cast<std::uint64_t>(y) & 0xffffffffu);
    }
    std::uint64_t key(QPointF c) const
    {
        const auto [x, y] = cellOf(c);
        return pack(x, y);
    }
    double m_cell;
    std::unordered_map<std::uint64_t, std::vector<int>> m_cells;
};

bool isPin(const std::vector<SavedLayout::Position> &pins, std::size_t a)
{
    return a < pins.size() && pins[a].valid && pins[a].pinned;
}

} // namespace

bool boxesOverlap(QPointF a, QSizeF sa, QPointF b, QSizeF sb, double gap)
{
    return std::abs(a.x() - b.x()) < (sa.width() + sb.width() + gap) / 2
        && std::abs(a.y() - b.y()) < (sa.height() + sb.height() + gap) / 2;
}

PinOutcome applyPins(std::vector<QPointF> &centres, const std::vector<QSizeF> &sizes,
                     const std::vector<SavedLayout::Position> &pins, double gap, bool translate)
{
    const std::size_t n = centres.size();
    PinOutcome outcome;
    outcome.moved.assign(n, false);
    std::vector<bool> &moved = outcome.moved;
    int pinned = 0;
    for (std::size_t a = 0; a < n; ++a)
        pinned += isPin(pins, a) ? 1 : 0;
    if (pinned == 0)
        return outcome;
    outcome.any = true;
    // The engine's picture is moved onto the positions saved for the actors nobody
    // pinned (the picture as it was drawn), never onto the pins: a single pin would
    // otherwise drag the whole picture along and land back in its computed place.
    QPointF offset;
    int saved = 0;
    for (std::size_t a = 0; a < n && translate; ++a)
        if (a < pins.size() && pins[a].valid && !pins[a].pinned) {
            offset += QPointF(pins[a].x, pins[a].y) - centres[a];
            ++saved;
        }
    offset = saved > 0 ? offset / saved : QPointF();
    outcome.offset = offset;
    double largest = 0;
    for (std::size_t a = 0; a < n; ++a) {
        centres[a] += offset;
        largest = std::max({largest, sizes[a].width(), sizes[a].height()});
    }

    Grid grid(largest + gap);
    for (std::size_t a = 0; a < n; ++a) {
        if (isPin(pins, a)) {
            const QPointF target(pins[a].x, pins[a].y);
            moved[a] = target != centres[a];
            centres[a] = target;
        }
        grid.insert(static_cast<int>(a), centres[a]);
    }

    // Push overlapping actors away, starting from the pinned ones.
    constexpr int kMaxPushes = 24;
    std::vector<std::uint8_t> pushes(n, 0);
    std::deque<int> queue;
    for (std::size_t a = 0; a < n; ++a)
        if (isPin(pins, a))
            queue.push_back(static_cast<int>(a));
    // Whether a box at c would overlap a pinned actor other than `self`.
    auto onAPin = [&](int self, QPointF c) {
        bool hit = false;
        grid.around(c, [&](int b) {
            const auto bi = static_cast<std::size_t>(b);
            if (!hit && b != self && isPin(pins, bi)
                && boxesOverlap(c, sizes[static_cast<std::size_t>(self)], centres[bi], sizes[bi], gap))
                hit = true;
        });
        return hit;
    };
    // Moves `mover` out of `fixed`'s way: of the four moves that clear `fixed` (left,
    // right, up, down), the shortest that does not land on a pin, else the shortest.
    auto push = [&](int mover, int fixed) {
        const auto mi = static_cast<std::size_t>(mover);
        const auto fi = static_cast<std::size_t>(fixed);
        const QPointF d = centres[mi] - centres[fi];
        const double needX = (sizes[fi].width() + sizes[mi].width() + gap) / 2 - std::abs(d.x()) + 0.01;
        const double needY = (sizes[fi].height() + sizes[mi].height() + gap) / 2 - std::abs(d.y()) + 0.01;
        const double wideX = (sizes[fi].width() + sizes[mi].width() + gap) / 2 + std::abs(d.x()) + 0.01;
        const double wideY = (sizes[fi].height() + sizes[mi].height() + gap) / 2 + std::abs(d.y()) + 0.01;
        const double sx = d.x() > 0 || (d.x() == 0 && mover > fixed) ? 1 : -1;
        const double sy = d.y() > 0 || (d.y() == 0 && mover > fixed) ? 1 : -1;
        std::array<QPointF, 4> moves = {QPointF(sx * needX, 0), QPointF(0, sy * needY), QPointF(-sx * wideX, 0),
                                        QPointF(0, -sy * wideY)};
        std::stable_sort(moves.begin(), moves.end(), [](QPointF a, QPointF b) {
            return std::abs(a.x()) + std::abs(a.y()) < std::abs(b.x()) + std::abs(b.y());
        });
        QPointF step = moves[0];
        for (const QPointF &m : moves)
            if (!onAPin(mover, centres[mi] + m)) {
                step = m;
                break;
            }
        grid.remove(mover, centres[mi]);
        centres[mi] += step;
        grid.insert(mover, centres[mi]);
        moved[mi] = true;
        ++pushes[mi];
        queue.push_back(mover);
    };
    std::vector<int> hits;
    while (!queue.empty()) {
        const int a = queue.front();
        queue.pop_front();
        const auto ai = static_cast<std::size_t>(a);
        const bool aPinned = isPin(pins, ai);
        hits.clear();
        grid.around(centres[ai], [&](int b) {
            if (b != a && boxesOverlap(centres[ai], sizes[ai], centres[static_cast<std::size_t>(b)], sizes[static_cast<std::size_t>(b)], gap))
                hits.push_back(b);
        });
        std::sort(hits.begin(), hits.end());
        for (int b : hits) {
            const auto bi = static_cast<std::size_t>(b);
            const bool bPinned = isPin(pins, bi);
            if (aPinned && bPinned)
                continue; // two pins that overlap: the user's choice
            if (!bPinned) {
                if (pushes[bi] < kMaxPushes)
                    push(b, a);
            } else if (pushes[ai] < kMaxPushes) {
                push(a, b); // a ran into a pin: a gives way, and is checked again
                break;
            }
        }
    }
    return outcome;
}

} // namespace cascade
