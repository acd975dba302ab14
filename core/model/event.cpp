// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/event.h"

namespace cascade {

const char *eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Post:
        return "post";
    case EventKind::Repost:
        return "repost";
    case EventKind::Reply:
        return "reply";
    case EventKind::Quote:
        return "quote";
    case EventKind::Offline:
        return "offline";
    }
    return "post";
}

std::optional<EventKind> eventKindFromName(std::string_view name)
{
    for (int k = 0; k < kEventKindCount; ++k) {
        const auto kind = static_cast<EventKind>(k);
        if (name == eventKindName(kind))
            return kind;
    }
    return std::nullopt;
}

} // namespace cascade
