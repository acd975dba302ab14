// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/note.h"

namespace cascade {

std::vector<std::size_t> calloutNotes(const std::vector<Note> &notes, TimeMs time, TimeMs window,
                                      ActorId selected)
{
    std::vector<std::size_t> shown;
    for (std::size_t k = 0; k < notes.size(); ++k) {
        const Note &n = notes[k];
        if (n.actor == kNoActor)
            continue;
        if (n.time) {
            // Subtraction, not *n.time + window: a note near the end of the time range
            // with a huge window must not overflow.
            if (window >= 0 && time >= *n.time && time - *n.time <= window)
                shown.push_back(k);
        } else if (n.actor == selected) {
            shown.push_back(k);
        }
    }
    return shown;
}

} // namespace cascade
