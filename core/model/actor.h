// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace cascade {

// Someone who takes part in a case: an account on a platform, or an offline party
// (a press office, an admiral's office). Referenced in case files by its handle.
struct Actor {
    QString handle;       // unique within the case, e.g. "@MSF_USA"
    QString name;         // display name
    QString platform;     // "twitter", "bluesky", "mastodon", "offline", ...
    QString platformId;   // the platform's stable id (user id, DID, account URL), may be empty
    RoleId role = kNoRole;
    std::int64_t followers = 0; // declared audience at collection time (0 when unknown)
    QString note;         // free text, e.g. "identity unknown"
    bool synthetic = false; // an illustrative account standing for unknown real ones
    QString verified;     // the platform's verification as an import gave it ("blue", "business",
                          // "government", "verified", "none"...), empty when unknown
    QByteArray extra;     // unknown JSON members, kept for round trips

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace cascade
