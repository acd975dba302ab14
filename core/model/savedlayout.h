// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cmath>
#include <cstdint>
#include <vector>

namespace cascade {

// Positions of a layout kept in the case file so that reopening a case is instant.
// Coordinates are scene points (y down, origin top-left), indexed by ActorId, kept to
// 1/100 point (roundedCoordinate()): finer digits are not seen, and Graphviz's overlap
// removal leaves noise in them that changes from run to run.
struct SavedLayout {
    struct Position {
        double x = 0;
        double y = 0;
        bool valid = false;  // false: the actor has no stored position
        bool pinned = false; // placed by hand: survives a re-layout
        friend bool operator==(const Position &, const Position &) = default;
    };
    QString engine;        // "dot", "twopi", "neato", "sfdp", "swimlane"
    std::uint64_t seed = 1;
    std::vector<Position> positions; // one per actor
    QByteArray extra;

    friend bool operator==(const SavedLayout &, const SavedLayout &) = default;

    // A coordinate as it is stored: rounded to 1/100 point.
    static double roundedCoordinate(double v) { return std::round(v * 100.0) / 100.0; }
    static Position rounded(Position p)
    {
        p.x = roundedCoordinate(p.x);
        p.y = roundedCoordinate(p.y);
        return p;
    }
};

} // namespace cascade
