// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/interaction.h"

#include "core/model/case.h"

namespace cascade {

const char *interactionKindName(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Repost:
        return "repost";
    case InteractionKind::Reply:
        return "reply";
    case InteractionKind::Quote:
        return "quote";
    case InteractionKind::Mention:
        return "mention";
    case InteractionKind::Offline:
        return "offline";
    }
    return "mention";
}

void appendInteractions(const Case &c, EventId id, std::vector<Interaction> &out)
{
    const Event &e = c.events[static_cast<std::size_t>(id)];
    const bool inferred = e.provenance.inferred;
    if (e.parent != kNoEvent) {
        InteractionKind kind = InteractionKind::Reply;
        if (e.kind == EventKind::Repost)
            kind = InteractionKind::Repost;
        else if (e.kind == EventKind::Quote)
            kind = InteractionKind::Quote;
        if (e.kind == EventKind::Repost || e.kind == EventKind::Quote || e.kind == EventKind::Reply)
            out.push_back({e.author, c.events[static_cast<std::size_t>(e.parent)].author, id, e.time,
                           kind, inferred});
    }
    for (ActorId m : e.mentions)
        out.push_back({e.author, m, id, e.time, InteractionKind::Mention, inferred});
    for (ActorId r : e.reached)
        out.push_back({e.author, r, id, e.time, InteractionKind::Offline, inferred});
}

std::vector<Interaction> deriveInteractions(const Case &c)
{
    std::vector<Interaction> out;
    out.reserve(c.events.size() * 3 / 2);
    for (std::size_t i = 0; i < c.events.size(); ++i)
        appendInteractions(c, static_cast<EventId>(i), out);
    return out;
}

int messageFlows(const Interaction &in, Flow out[2])
{
    switch (in.kind) {
    case InteractionKind::Repost:
    case InteractionKind::Quote:
        out[0] = {in.to, in.from};
        return 1;
    case InteractionKind::Reply:
        out[0] = {in.to, in.from};
        out[1] = {in.from, in.to};
        return 2;
    case InteractionKind::Mention:
    case InteractionKind::Offline:
        out[0] = {in.from, in.to};
        return 1;
    }
    return 0;
}

} // namespace cascade
