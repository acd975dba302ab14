// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomicfile.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cerrno>
#include <memory>
#include <cstring>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "CaseWriter", as the case
// writer's, whose saves go through here).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseWriter)
};

// The system's reason for a failed write: QFileDevice's own when it has one, else the
// errno saved at the failing call ("File too large" under a size limit, where Qt says
// only "Unknown error", or its translation when Qt's own texts are installed).
QString writeFailure(const QFileDevice &file, int savedErrno)
{
    static constexpr char kUnknown[] = "Unknown error"; // Qt's text, translated by Qt's own catalogue
    const QString qtReason = file.errorString();
    if (file.error() != QFileDevice::NoError && qtReason != QLatin1String(kUnknown) && qtReason != QIODevice::tr(kUnknown))
        return qtReason;
    if (savedErrno)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return Text::tr("the data could not be written");
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
            *error = Text::tr("cannot save %1: %2").arg(path, why);
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
