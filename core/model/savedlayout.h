// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace cascade {

// Positions of a layout kept in the case file so that reopening a case is instant.
// Coordinates are scene points (y down, origin top-left), indexed by ActorId.
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
};

} // namespace cascade
