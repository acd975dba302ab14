// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/translations.h"

#include <QByteArray>
#include <QString>

namespace cascade {

// A document the case is built from (an article, a data export, an interview).
struct Source {
    QString id;      // key used by events' provenance, e.g. "devex-2010"
    QString title;
    QString url;
    QString note;
    Translations translations; // "title", "note" in other languages
    QByteArray extra;

    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace cascade
