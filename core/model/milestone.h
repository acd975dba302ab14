// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <QByteArray>
#include <QString>

namespace cascade {

// A beat of the story: a moment with a title and a caption (one slide per milestone).
struct Milestone {
    TimeMs time = 0;
    QString title;
    QString caption;
    QByteArray extra;

    friend bool operator==(const Milestone &, const Milestone &) = default;
};

} // namespace cascade
