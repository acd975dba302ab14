// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace cascade {

// Where actor labels go on the graph: which labels a compact layout can show, which
// actors keep a label when the graph is zoomed far out, and where such a label sits.
// Pure geometry (scene or screen units, whichever the caller uses); the graph scene and
// the slides apply the answers to their items.

// Rectangles in a grid of square cells, for overlap tests among many rectangles.
class RectGrid
{
public:
    explicit RectGrid(qreal cell);
    // Whether `r` overlaps a rectangle of the grid other than the one numbered `ignore`.
    bool intersects(const QRectF &r, int ignore = -1) const;
    // Adds `r`; returns its number (0, 1, ... in insertion order).
    int insert(const QRectF &r);

private:
    template<typename F>
    void forCells(const QRectF &r, F f) const;

    qreal m_cell;
    std::vector<QRectF> m_rects;
    QHash<quint64, std::vector<int>> m_cells;
};

// One actor's marker and label in a compact layout: the label is drawn to the right of
// the marker, vertically centred on it.
struct LabelCandidate {
    QPointF centre;       // of the marker
    qreal markerDiameter = 0;
    qreal labelWidth = 0; // of the label text
    double priority = 0;  // larger places first
};

// Compact layouts give labels no room: a label is shown only where it overlaps no
// marker (but its own) and no label already placed, the actors of higher priority
// placing theirs first (ties: the lower id first). Returns one flag per candidate:
// 1 when its label shows. `lineHeight` is the label's text height.
std::vector<std::uint8_t> declutterLabels(const std::vector<LabelCandidate> &candidates, qreal lineHeight);

// The actors that keep a label when the graph is zoomed far out: the origin, then the
// targets, then the `count` actors of largest value (ties: the lower id first), each
// once, ids outside [0, value.size()) skipped.
std::vector<ActorId> prominentActors(const std::vector<double> &value, ActorId origin,
                                     const std::vector<ActorId> &targets, std::size_t count);

// Where a label chip of `size` goes beside a marker of `radius` at `centre`: to its
// right, or to its left when the right would leave `frame`; kept inside `frame`
// horizontally (its left edge) and vertically. Empty when it would overlap a chip in
// `placed`.
std::optional<QRectF> placeLabelChip(QPointF centre, qreal radius, QSizeF size, const QRectF &frame,
                                     const std::vector<QRectF> &placed);

} // namespace cascade
