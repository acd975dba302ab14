// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/event.h"
#include "core/model/ids.h"
#include "core/model/interaction.h"
#include "core/model/time.h"
#include "core/timeline/actorcounts.h"

#include <array>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace cascade {

struct Case;

// How much memory TimeIndex may spend on snapshot checkpoints (full copies of the
// per-actor counts at evenly spaced positions, which bound the cost of a jump).
struct TimeIndexOptions {
    int checkpointBytesPerEvent = 32; // budget, averaged over the events; 0 disables them
    int maxCheckpoints = 32;
};

// A compact, column-wise copy of what the time engine and the analyses need from a
// case's events, built once per case in one pass (about 50 bytes per event, plus up to
// checkpointBytesPerEvent of checkpoints) and shared, read-only, by every Snapshot,
// histogram and analysis of that case. The case must not change while the index is in
// use: rebuild it after an edit.
//
// Positions: a cursor position p means "the events 0..p-1 have happened" (events are
// sorted by time, EventId = index). positionAt(t) is the position of cursor time t.
class TimeIndex
{
public:
    // One interaction of an event (deriveInteractions() order): the other party, the
    // kind, and the directions messageFlows() gives it: from the event's author to that
    // party (reply, mention, offline) and/or from that party to the author (repost,
    // quote, reply).
    struct Link {
        ActorId to = kNoActor;
        InteractionKind kind = InteractionKind::Mention;
        bool fromAuthor = false;
        bool toAuthor = false;
    };

    // A full copy of the running counts at one position (see Snapshot).
    struct Checkpoint {
        int position = 0;
        std::vector<ActorCounts> counts;
        std::array<std::int32_t, kEventKindCount> kindTotals{};
    };

    static constexpr int kNever = INT_MAX; // appearance() of an actor that never appears

    TimeIndex() = default;
    explicit TimeIndex(const Case &c, const TimeIndexOptions &options = {});

    int eventCount() const { return static_cast<int>(m_times.size()); }
    int actorCount() const { return static_cast<int>(m_followers.size()); }
    bool empty() const { return m_times.empty(); }
    TimeMs startTime() const { return m_times.empty() ? 0 : m_times.front(); }
    TimeMs endTime() const { return m_times.empty() ? 0 : m_times.back(); }

    // The number of events at or before t (binary search).
    int positionAt(TimeMs t) const;
    // The number of events strictly before t.
    int positionBefore(TimeMs t) const;

    // Columns, by EventId.
    TimeMs time(EventId e) const { return m_times[static_cast<std::size_t>(e)]; }
    ActorId author(EventId e) const { return m_authors[static_cast<std::size_t>(e)]; }
    EventKind kind(EventId e) const { return m_kinds[static_cast<std::size_t>(e)]; }
    EventId parent(EventId e) const { return m_parents[static_cast<std::size_t>(e)]; }
    std::span<const EventId> promptedBy(EventId e) const
    {
        const auto i = static_cast<std::size_t>(e);
        return {m_prompts.data() + m_promptOffsets[i], m_prompts.data() + m_promptOffsets[i + 1]};
    }
    std::span<const Link> links(EventId e) const
    {
        const auto i = static_cast<std::size_t>(e);
        return {m_links.data() + m_linkOffsets[i], m_links.data() + m_linkOffsets[i + 1]};
    }
    std::span<const TimeMs> times() const { return m_times; }

    // The number of deriveInteractions() entries that belong to the first `position`
    // events: the interactions (graph edges) visible at that position are the first
    // interactionCount(position) entries of deriveInteractions(c).
    int interactionCount(int position) const { return static_cast<int>(m_linkOffsets[static_cast<std::size_t>(position)]); }

    // Actors.
    std::int64_t followers(ActorId a) const { return m_followers[static_cast<std::size_t>(a)]; }
    // The position from which actor a is visible ("active"): one past the first event it
    // authored or was the other party of (reposted, replied to, quoted, mentioned,
    // reached offline). kNever when no event involves it.
    int appearance(ActorId a) const { return m_appearance[static_cast<std::size_t>(a)]; }
    bool visibleAt(ActorId a, int position) const { return appearance(a) <= position; }
    // Actors that ever appear, ordered by appearance (ties by ActorId).
    std::span<const ActorId> actorsByAppearance() const { return m_byAppearance; }
    int visibleActorCount(int position) const;
    // Actors that become visible when the cursor moves from position `from` to `to`
    // (from < to), or that disappear when it moves back from `to` to `from`.
    std::span<const ActorId> actorsAppearing(int from, int to) const;
    // The first event the actor authored, or kNoEvent.
    EventId firstEventBy(ActorId a) const { return m_firstEvent[static_cast<std::size_t>(a)]; }

    // Potential exposure (docs/measures.md section 2, an upper bound): event e adds
    // followers(author(e)) to the exposure of exposureCredit(e): its author for a post,
    // reply or quote, the author of the relayed message for a repost (following
    // repost-of-repost chains to the original), nobody for an offline contact or a
    // repost whose original is not in the case.
    ActorId exposureCredit(EventId e) const { return m_credit[static_cast<std::size_t>(e)]; }
    std::int64_t exposureDelta(EventId e) const
    {
        return exposureCredit(e) == kNoActor ? 0 : followers(author(e));
    }
    // Total potential exposure of all actors after the first `position` events.
    std::int64_t cumulativeExposure(int position) const { return m_cumExposure[static_cast<std::size_t>(position)]; }

    // The events of one kind, in time order (for histograms).
    std::span<const EventId> eventsOfKind(EventKind kind) const { return m_kindEvents[static_cast<std::size_t>(kind)]; }

    // Adds (sign = +1) or removes (sign = -1) the effect of the events [from, to) to the
    // counts (one ActorCounts per actor) and the per-kind totals.
    void applyEvents(int from, int to, int sign, ActorCounts *counts,
                     std::array<std::int32_t, kEventKindCount> &kindTotals) const;

    // Snapshot checkpoints, sorted by position; the last one, when present, is at
    // eventCount(). See TimeIndexOptions.
    const std::vector<Checkpoint> &checkpoints() const { return m_checkpoints; }

    // Heap bytes held by the index (columns and checkpoints).
    std::size_t memoryBytes() const;

private:
    void buildCheckpoints(const TimeIndexOptions &options);

    std::vector<TimeMs> m_times;
    std::vector<ActorId> m_authors;
    std::vector<EventKind> m_kinds;
    std::vector<EventId> m_parents;
    std::vector<std::uint32_t> m_promptOffsets; // eventCount() + 1
    std::vector<EventId> m_prompts;
    std::vector<std::uint32_t> m_linkOffsets; // eventCount() + 1
    std::vector<Link> m_links;
    std::vector<ActorId> m_credit;
    std::vector<std::int64_t> m_cumExposure; // eventCount() + 1
    std::array<std::vector<EventId>, kEventKindCount> m_kindEvents;

    std::vector<std::int64_t> m_followers;
    std::vector<int> m_appearance;
    std::vector<ActorId> m_byAppearance;
    std::vector<int> m_appearanceSorted; // appearance of m_byAppearance[i]
    std::vector<EventId> m_firstEvent;

    std::vector<Checkpoint> m_checkpoints;
};

} // namespace cascade
