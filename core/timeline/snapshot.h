// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/timeline/actorcounts.h"
#include "core/timeline/timeindex.h"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace cascade {

// What a case looks like "as of the cursor": the cursor is a time, and exactly the events
// at or before it have happened.
//  - Visible actors ("active"): those that authored an event at or before the cursor or
//    were its other party (reposted, replied to, quoted, mentioned, reached offline).
//    An actor appears at its first such event and stays visible after it.
//  - Visible interactions: the interactions of those events (deriveInteractions() order,
//    so they are a prefix of it).
//  - Running per-actor counts (ActorCounts) and per-kind totals.
// Moving the cursor applies or reverts only the events in between; when restoring the
// nearest checkpoint of the TimeIndex (or starting from zero: a recompute from scratch)
// and applying from there touches fewer events, it does that instead, so a jump costs at
// most about eventCount / (2 * checkpoints) event updates plus one copy of the counts.
// The TimeIndex must outlive the snapshot. Not thread-safe; copies are independent.
class Snapshot
{
public:
    // How the last move was carried out (for the GUI's incremental redraw, tests and
    // benchmarks).
    struct Move {
        int from = 0;          // position before the move
        int to = 0;            // position after it
        int restoredFrom = -1; // checkpoint position restored first (0: recomputed from zero), -1: none
        int applied = 0;       // events applied
        int reverted = 0;      // events reverted
    };

    explicit Snapshot(const TimeIndex &index); // the cursor before the first event

    // Moves the cursor to time t: afterwards exactly the events with time <= t count.
    void setTime(TimeMs t);
    // Moves the cursor so that exactly the events [0, position) count (clamped).
    void setPosition(int position);
    // Recomputes the counts at the current position from zero.
    void recompute();
    // When false, moves never restore a checkpoint (they only apply or revert, or
    // recompute from zero when that is cheaper). True by default.
    void setUseCheckpoints(bool use) { m_useCheckpoints = use; }

    // The cursor time (the last setTime(), or the time of the last counted event after
    // setPosition(); the case's start time minus one when nothing counts).
    TimeMs time() const { return m_time; }
    int position() const { return m_position; }
    const Move &lastMove() const { return m_move; }
    const TimeIndex &index() const { return *m_index; }

    const ActorCounts &counts(ActorId a) const { return m_counts[static_cast<std::size_t>(a)]; }
    std::span<const ActorCounts> allCounts() const { return m_counts; }
    // Events of each kind at or before the cursor.
    std::int32_t kindTotal(EventKind kind) const { return m_kindTotals[static_cast<std::size_t>(kind)]; }
    const std::array<std::int32_t, kEventKindCount> &kindTotals() const { return m_kindTotals; }
    // Sum of every actor's potential exposure (an upper bound, see ActorCounts::exposure).
    std::int64_t totalExposure() const { return m_index->cumulativeExposure(m_position); }

    bool isVisible(ActorId a) const { return m_index->visibleAt(a, m_position); }
    int visibleActorCount() const { return m_index->visibleActorCount(m_position); }
    // The visible interactions are the first visibleInteractionCount() entries of
    // deriveInteractions(c).
    int visibleInteractionCount() const { return m_index->interactionCount(m_position); }
    // The actors that appeared or disappeared in the last move.
    std::span<const ActorId> actorsChangedByLastMove() const
    {
        return m_index->actorsAppearing(m_move.from, m_move.to);
    }

private:
    const TimeIndex *m_index;
    int m_position = 0;
    TimeMs m_time = 0;
    bool m_useCheckpoints = true;
    std::vector<ActorCounts> m_counts;
    std::array<std::int32_t, kEventKindCount> m_kindTotals{};
    Move m_move;
};

} // namespace cascade
