// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomicfile.h"

#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace cascade {

namespace {

// The system's reason for a failed write: QFileDevice's own when it has one, else the
// errno saved at the failing call ("File too large" under a size limit, where Qt says
// only "Unknown error").
QString writeFailure(const QFileDevice &file, int savedErrno)
{
    if (file.error() != QFileDevice::NoError && file.errorString() != QLatin1String("Unknown error"))
        return file.errorString();
    if (savedErrno)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return QStringLiteral("the data could not be written");
}

} // namespace

bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error)
{
    // QSaveFile writes a temporary file in the same folder and renames it over `path`
    // once complete and flushed to disk: a crash, a full disk or a kill at any moment
    // leaves the old file as it was.
    QSaveFile file(path);
    const auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("cannot save %1: %2").arg(path, why);
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    errno = 0;
    if (const QString before = error ? *error : QString(); !write(file)) {
        const QString why = writeFailure(file, errno); // before cancelWriting() replaces it
        file.cancelWriting();
        if (error && *error != before)
            return false; // `write` said why
        return fail(why);
    }
    errno = 0;
    if (!file.commit())
        return fail(writeFailure(file, errno));
    return true;
}

} // namespace cascade
