// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the importer and exporter tests: fixture paths, the shared real files,
// lookups in an imported case, and python3 as a real client.
#include "core/io/import/importer.h"
#include "core/model/case.h"
#include "core/model/interaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>

namespace cascade::test {

inline QString importFixture(const char *relative)
{
    return QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/import/") + QLatin1String(relative);
}

#ifdef CASCADE_REAL_DATA_DIR
// The folder of real files written by other projects, as the build found it
// (tests/CMakeLists.txt): the real-data tests are compiled only when it is there.
inline QString realDataPath(const char *relative)
{
    return QDir::cleanPath(QStringLiteral(CASCADE_REAL_DATA_DIR "/") + QLatin1String(relative));
}

// A file of the real-data folder; the test fails, naming the path, when it is missing.
#define CASCADE_REAL_DATA(var, relative)                                                                      \
    const QString var = ::cascade::test::realDataPath(relative);                                           \
    ASSERT_TRUE(QFileInfo::exists(var)) << var.toStdString() << " is missing from the real-data folder"
#endif

// Writes `copies` times the twarc fixture stream.jsonl into `path` (each line a record
// read again: the import merges the copies), for imports large enough to be watched and
// cancelled part way. Returns the number of bytes written.
inline qint64 writeRepeatedTwarc(const QString &path, int copies)
{
    QFile in(importFixture("twarc/stream.jsonl"));
    if (!in.open(QIODevice::ReadOnly))
        return 0;
    QByteArray block = in.readAll();
    if (!block.endsWith('\n'))
        block.append('\n');
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return 0;
    for (int i = 0; i < copies; ++i)
        out.write(block);
    return out.size();
}

inline const Event *eventByKey(const Case &c, const QString &key)
{
    const EventId id = c.eventByKey(key);
    return id == kNoEvent ? nullptr : &c.events[static_cast<std::size_t>(id)];
}

inline const Actor *actorByPlatformId(const Case &c, const QString &id)
{
    for (const Actor &a : c.actors)
        if (a.platformId == id)
            return &a;
    return nullptr;
}

// The `verified` of the actors with these platform ids, in order; "<no actor>" for an
// id no actor has.
inline QStringList verifiedOf(const Case &c, const QStringList &platformIds)
{
    QStringList out;
    for (const QString &id : platformIds) {
        const Actor *a = actorByPlatformId(c, id);
        out << (a ? a->verified : QStringLiteral("<no actor>"));
    }
    return out;
}

// Imports records given inline: `bytes` written to a file called `name` in a folder of
// its own (the name's suffix matters to the detection).
inline ImportResult importBytes(const QByteArray &bytes, const QString &name, ImportFormat format = ImportFormat::Auto)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << path.toStdString();
    f.close();
    ImportOptions options;
    options.format = format;
    return importFiles({path}, options);
}

inline QString handleOf(const Case &c, ActorId a)
{
    return a == kNoActor ? QString() : c.actors[static_cast<std::size_t>(a)].handle;
}

inline QStringList mentionHandles(const Case &c, const Event &e)
{
    QStringList out;
    for (ActorId a : e.mentions)
        out.push_back(handleOf(c, a));
    return out;
}

inline QString parentKey(const Case &c, const Event &e)
{
    return e.parent == kNoEvent ? QString() : c.events[static_cast<std::size_t>(e.parent)].key;
}

inline std::array<int, kEventKindCount> countKinds(const Case &c)
{
    std::array<int, kEventKindCount> n{};
    for (const Event &e : c.events)
        ++n[static_cast<int>(e.kind)];
    return n;
}

inline std::int64_t skippedFor(const ImportReport &r, const char *reason)
{
    const auto it = r.skipped.find(QLatin1String(reason));
    return it == r.skipped.end() ? 0 : it->second;
}

// Runs python3 with a script; returns its stdout, fails the test on a non-zero exit.
inline QString runPython(const QString &script, const QStringList &args = {})
{
    QProcess p;
    p.start(QStringLiteral(CASCADE_PYTHON), QStringList{QStringLiteral("-c"), script} + args);
    EXPECT_TRUE(p.waitForFinished(120000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitCode(), 0) << err.toStdString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace cascade::test
