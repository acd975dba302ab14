// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace cascade {

// A rule a team keeps in the case to classify actors (Case > Classify..., applied on
// demand, again after the next import): every condition it sets must hold, and it gives
// the actor `role`. Matching is in core/classify/rules.h.
struct ClassificationRule {
    QString role;         // the role id it gives, e.g. "journalist"
    QString handle;       // a wildcard on the handle, ignoring case and '@' ("*_press", "msf*"); empty: any
    QStringList words;    // any of these words in the display name or the note (ignoring case); empty: any
    std::optional<std::int64_t> minFollowers; // at least
    std::optional<std::int64_t> maxFollowers; // at most
    QString platform;     // e.g. "bluesky"; empty: any
    QStringList verified; // any of these Actor::verified values (ignoring case), "*" for any but empty
                          // or "none"; empty: any
    QByteArray extra;     // unknown JSON members, kept for round trips

    friend bool operator==(const ClassificationRule &, const ClassificationRule &) = default;
};

} // namespace cascade
