// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <cstdint>
#include <vector>

namespace cascade {

struct Case;

enum class InteractionKind : std::uint8_t { Repost, Reply, Quote, Mention, Offline };
inline constexpr int kInteractionKindCount = 5;
const char *interactionKindName(InteractionKind kind);

// An edge of the actor graph, derived from one event (never stored in the case file).
// `from` is the event's author, `to` the other party:
//  - repost, reply, quote: to = the parent event's author;
//  - mention: to = each mentioned actor;
//  - offline: to = each actor the contact reached.
// Attention goes from -> to (who relays or addresses whom: the direction PageRank
// credits). Information flows the other way for reposts and quotes (the reposter saw
// the original), both ways for replies, and from -> to for mentions and offline
// contacts; see messageFlows().
struct Interaction {
    ActorId from = kNoActor;
    ActorId to = kNoActor;
    EventId event = kNoEvent;
    TimeMs time = 0;
    InteractionKind kind = InteractionKind::Mention;
    bool inferred = false; // from an inference (event provenance or cascade reconstruction)

    friend bool operator==(const Interaction &, const Interaction &) = default;
};

// All interactions of a case in event order (and, within one event, parent link first,
// then mentions, then reached actors). Self-links (an actor reposting itself) are kept.
std::vector<Interaction> deriveInteractions(const Case &c);

// Appends the interactions of one event.
void appendInteractions(const Case &c, EventId event, std::vector<Interaction> &out);

// A directed "the message can travel from sender to receiver at this time" link.
struct Flow {
    ActorId sender = kNoActor;
    ActorId receiver = kNoActor;
};

// The information flows an interaction implies (one or two):
// repost/quote: to -> from; reply: to -> from and from -> to; mention, offline: from -> to.
int messageFlows(const Interaction &interaction, Flow out[2]);

} // namespace cascade
