// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"
#include "core/model/translations.h"

#include <QByteArray>
#include <QString>

namespace cascade {

// A beat of the story: a moment with a title and a caption (one slide per milestone),
// and the presenter's speaker notes (shown in the presenter view, never on a slide).
struct Milestone {
    TimeMs time = 0;
    QString title;
    QString caption;
    QString speakerNotes;
    Translations translations; // "title", "caption", "speaker_notes" in other languages
    QByteArray extra;

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

} // namespace cascade
