// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

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

// How long after its moment a note pinned to an actor and a moment stays beside the
// actor in the graph and on slides, unless the user chooses otherwise.
inline constexpr TimeMs kDefaultNoteWindow = 60 * kMsPerMinute;

// The notes a graph shows as callouts beside their actor as of `time` (indexes into
// `notes`, in order): those pinned to an actor and a moment, from that moment until
// `window` after it (a negative window: none); and those pinned to an actor only, while
// that actor is `selected`. Case-wide notes and notes pinned to a moment only are never
// callouts (the inspector lists them).
std::vector<std::size_t> calloutNotes(const std::vector<Note> &notes, TimeMs time, TimeMs window,
                                      ActorId selected);

} // namespace cascade
