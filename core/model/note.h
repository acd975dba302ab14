// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cascade {

// A trainer's or case author's note, optionally pinned to an actor and/or a moment.
// Case-wide notes (assumptions, inconsistencies in the sources) have neither.
struct Note {
    ActorId actor = kNoActor;
    std::optional<TimeMs> time;
    QString text;
    QByteArray extra;

    friend bool operator==(const Note &, const Note &) = default;
};

} // namespace cascade
