// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomicfile.h"

#include <QSaveFile>

#include <cerrno>
#include <memory>
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
    return writeFilesAtomically({{path, write}}, error);
}

bool writeFilesAtomically(const std::vector<FileToWrite> &files, QString *error)
{
    // QSaveFile writes a temporary file in the same folder and renames it over its path
    // once complete and flushed to disk: a crash, a full disk or a kill at any moment
    // leaves the old file as it was. Every file is written before any is renamed.
    std::vector<std::unique_ptr<QSaveFile>> saved;
    saved.reserve(files.size());
    const auto fail = [&](const QString &path, const QString &why) {
        for (const auto &f : saved)
            f->cancelWriting();
        if (error)
            *error = QStringLiteral("cannot save %1: %2").arg(path, why);
        return false;
    };
    for (const FileToWrite &f : files) {
        auto &file = *saved.emplace_back(std::make_unique<QSaveFile>(f.path));
        if (!file.open(QIODevice::WriteOnly))
            return fail(f.path, file.errorString());
        errno = 0;
        if (const QString before = error ? *error : QString(); !f.write(file)) {
            const QString why = writeFailure(file, errno); // before cancelWriting() replaces it
            if (error && *error != before) {
                for (const auto &s : saved)
                    s->cancelWriting();
                return false; // `write` said why
            }
            return fail(f.path, why);
        }
    }
    for (std::size_t i = 0; i < saved.size(); ++i) {
        errno = 0;
        if (!saved[i]->commit()) {
            const QString why = writeFailure(*saved[i], errno);
            saved.erase(saved.begin(), saved.begin() + static_cast<std::ptrdiff_t>(i + 1));
            return fail(files[i].path, why);
        }
    }
    return true;
}

} // namespace cascade
