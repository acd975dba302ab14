// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/event.h"
#include "core/model/interaction.h"

#include <array>
#include <cstdint>

namespace cascade {

// The running per-actor counts a Snapshot keeps as of its cursor (docs/measures.md
// sections 1 and 2). 48 bytes, so that a snapshot of 100k actors is 4.8 MB and copies
// fast.
struct ActorCounts {
    // Events this actor authored, by EventKind (post, repost, reply, quote, offline).
    std::array<std::int32_t, kEventKindCount> authored{};
    // Interactions in which this actor is the other party (Interaction::to), by
    // InteractionKind: reposts, replies and quotes of its messages, mentions of it,
    // offline contacts that reached it. Cha et al. 2010: RT(u) = reposts + quotes
    // received, M(u) = mentions received (a repost's automatic "RT @u" is not a mention).
    std::array<std::int32_t, kInteractionKindCount> received{};
    // Potential exposure X(u) = F(u) * posts(u) + sum over reposts r of u's messages of
    // F(author(r)) (docs/measures.md section 2). An UPPER BOUND on the audience:
    // followers overlap and most never see a given message (actual impressions are
    // typically 1-20% of it). Show it with kPotentialExposureCaveat.
    std::int64_t exposure = 0;

    std::int32_t authoredOf(EventKind kind) const { return authored[static_cast<int>(kind)]; }
    std::int32_t receivedOf(InteractionKind kind) const { return received[static_cast<int>(kind)]; }
    // posts(u): the messages u published and its followers could see: posts, replies and
    // quotes (not its reposts of others' messages, not offline contacts).
    std::int32_t posts() const
    {
        return authoredOf(EventKind::Post) + authoredOf(EventKind::Reply) + authoredOf(EventKind::Quote);
    }
    std::int32_t repostsReceived() const { return receivedOf(InteractionKind::Repost); }
    std::int32_t repliesReceived() const { return receivedOf(InteractionKind::Reply); }
    std::int32_t quotesReceived() const { return receivedOf(InteractionKind::Quote); }
    std::int32_t mentionsReceived() const { return receivedOf(InteractionKind::Mention); }
    std::int32_t offlineReceived() const { return receivedOf(InteractionKind::Offline); }
    std::int32_t eventsAuthored() const
    {
        std::int32_t n = 0;
        for (std::int32_t v : authored)
            n += v;
        return n;
    }

    friend bool operator==(const ActorCounts &, const ActorCounts &) = default;
};

// The text the interface shows next to any potential-exposure figure (translated in the
// context "ActorCounts").
inline constexpr const char *kPotentialExposureCaveat = QT_TRANSLATE_NOOP(
    "ActorCounts", "Potential exposure is an upper bound: it adds up follower counts, but audiences "
                   "overlap and most followers never see a given message (actual impressions are "
                   "typically 1-20% of it).");

} // namespace cascade
