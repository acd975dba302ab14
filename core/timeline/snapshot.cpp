// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/snapshot.h"

#include <algorithm>
#include <cstdlib>

namespace cascade {

Snapshot::Snapshot(const TimeIndex &index)
    : m_index(&index)
    , m_time(index.startTime() - 1)
    , m_counts(static_cast<std::size_t>(index.actorCount()))
{
}

void Snapshot::setTime(TimeMs t)
{
    setPosition(m_index->positionAt(t));
    m_time = t;
}

void Snapshot::setPosition(int position)
{
    position = std::clamp(position, 0, m_index->eventCount());
    Move move;
    move.from = m_position;
    move.to = position;

    // Cost model, in event updates: applying or reverting one event touches two or three
    // random actors; restoring copies every actor's 48 bytes sequentially (about a
    // quarter of an event update each).
    const std::int64_t restoreCost = m_index->actorCount() / 4 + 1;
    std::int64_t best = std::abs(position - m_position);
    const TimeIndex::Checkpoint *from = nullptr;
    bool fromZero = false;
    if (static_cast<std::int64_t>(position) + restoreCost < best) {
        best = position + restoreCost;
        fromZero = true;
    }
    if (m_useCheckpoints) {
        for (const TimeIndex::Checkpoint &cp : m_index->checkpoints()) {
            const std::int64_t cost = std::abs(position - cp.position) + restoreCost;
            if (cost < best) {
                best = cost;
                from = &cp;
                fromZero = false;
            }
        }
    }
    if (from) {
        std::copy(from->counts.begin(), from->counts.end(), m_counts.begin());
        m_kindTotals = from->kindTotals;
        m_position = from->position;
        move.restoredFrom = from->position;
    } else if (fromZero) {
        std::fill(m_counts.begin(), m_counts.end(), ActorCounts{});
        m_kindTotals = {};
        m_position = 0;
        move.restoredFrom = 0;
    }
    if (position > m_position) {
        m_index->applyEvents(m_position, position, +1, m_counts.data(), m_kindTotals);
        move.applied = position - m_position;
    } else if (position < m_position) {
        m_index->applyEvents(position, m_position, -1, m_counts.data(), m_kindTotals);
        move.reverted = m_position - position;
    }
    m_position = position;
    m_time = position > 0 ? m_index->time(position - 1) : m_index->startTime() - 1;
    m_move = move;
}

void Snapshot::recompute()
{
    std::fill(m_counts.begin(), m_counts.end(), ActorCounts{});
    m_kindTotals = {};
    m_index->applyEvents(0, m_position, +1, m_counts.data(), m_kindTotals);
    m_move = Move{m_position, m_position, 0, m_position, 0};
}

} // namespace cascade
