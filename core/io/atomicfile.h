// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>

namespace cascade {

// Writes a file atomically: `write` fills a temporary file beside `path`, which is renamed
// over it only when `write` returns true and every byte reached the disk; otherwise the
// old file is untouched. Returns false and sets `error` ("cannot save PATH: why").
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

} // namespace cascade
