// SPDX-License-Identifier: GPL-3.0-or-later
// Saving under faults: a writer process killed at random moments while it saves, a file
// size limit that stops the write half way (as a full disk would), a folder the user
// may not write. Each time the file already on disk must stay whole and valid, and the
// error must say what went wrong.
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <random>
#include <thread>

#include <sys/resource.h>
#include <unistd.h>

using namespace cascade;

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray bytes(const Case &c)
{
    const std::string text = serializeCase(c);
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The names in `dir` other than `keep`: what a write left behind.
QStringList strays(const QString &dir, const QStringList &keep)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &k : keep)
        names.removeAll(k);
    return names;
}

// While alive, files this process writes may not grow past `bytes` (RLIMIT_FSIZE), and
// writing past the limit fails with EFBIG instead of raising SIGXFSZ.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

// While alive, this process acts as the unprivileged user "nobody" when it runs as root
// (root may write into any folder, so a read-only folder would not stop it).
class UnprivilegedUser {
public:
    UnprivilegedUser()
    {
        if (geteuid() == 0)
            m_switched = seteuid(65534) == 0;
    }
    ~UnprivilegedUser()
    {
        if (m_switched && seteuid(0) != 0)
            std::abort();
    }

private:
    bool m_switched = false;
};

} // namespace

TEST(SaveUnderFaults, KillingTheWriterAtAnyMomentLeavesTheOldOrTheNewFileWhole)
{
    QTemporaryDir dir;
    const Case oldCase = generateCase({3000, 40000, 1});
    const Case newCase = generateCase({3000, 40000, 2});
    const QByteArray oldBytes = bytes(oldCase), newBytes = bytes(newCase);
    const QString master = dir.filePath(QStringLiteral("old.master")), target = dir.filePath(QStringLiteral("case.cascade.json"));
    QString error;
    ASSERT_TRUE(writeCaseFile(oldCase, master, &error)) << error.toStdString();
    ASSERT_EQ(contents(master), oldBytes);

    // How long one save takes here: kills are spread over a little more than that.
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(writeCaseFile(newCase, dir.filePath(QStringLiteral("probe.json")), &error));
    const qint64 saveUs = std::max<qint64>(timer.nsecsElapsed() / 1000, 1000);
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("probe.json"))));

    std::mt19937 random(18);
    std::uniform_int_distribution<qint64> delay(0, saveUs * 2);
    int sawOld = 0, sawNew = 0;
    for (int round = 0; round < 100; ++round) {
        QFile::remove(target);
        ASSERT_TRUE(QFile::copy(master, target)) << round;
        QProcess writer;
        // The writer generates newCase itself (the generator is deterministic).
        writer.start(QStringLiteral(CASCADE_SAVE_LOOP), {QStringLiteral("3000"), QStringLiteral("40000"), QStringLiteral("2"), target});
        ASSERT_TRUE(writer.waitForStarted()) << round;
        while (!writer.canReadLine())
            ASSERT_TRUE(writer.waitForReadyRead(60000)) << round << ": " << writer.readAllStandardError().toStdString();
        ASSERT_EQ(writer.readLine(), QByteArray("ready\n"));
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        ASSERT_EQ(::kill(static_cast<pid_t>(writer.processId()), SIGKILL), 0) << round;
        ASSERT_TRUE(writer.waitForFinished()) << round;
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit) << round << ": the writer stopped by itself: "
                                                            << writer.readAllStandardError().toStdString();
        const QByteArray now = contents(target);
        ASSERT_TRUE(now == oldBytes || now == newBytes) << "round " << round << ": " << now.size() << " bytes, neither file";
        (now == oldBytes ? sawOld : sawNew)++;
        EXPECT_EQ(strays(dir.path(), {QStringLiteral("old.master"), QStringLiteral("case.cascade.json")}),
                  QStringList())
            << "round " << round;
    }
    // Both are whole, valid cases (the comparison above is byte for byte).
    const ReadResult last = readCaseFile(target);
    ASSERT_TRUE(last.ok()) << last.errorText().toStdString();
    std::printf("[          ] 100 kills: %d left the old file, %d the new one (a save takes %lld us)\n", sawOld, sawNew,
                static_cast<long long>(saveUs));
}

TEST(SaveUnderFaults, AFullDiskKeepsTheOldFileAndSaysWhy)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cascade.json"));
    const Case small = generateCase({20, 100, 3});
    QString error;
    ASSERT_TRUE(writeCaseFile(small, path, &error)) << error.toStdString();
    const QByteArray before = contents(path);
    const Case big = generateCase({2000, 20000, 4}); // about 4 MB
    bool saved = true;
    {
        FileSizeLimit limit(1 << 20);
        ASSERT_TRUE(limit.ok());
        saved = writeCaseFile(big, path, &error);
    }
    EXPECT_FALSE(saved);
    EXPECT_EQ(error.toStdString(), QString(QStringLiteral("cannot save ") + path + QStringLiteral(": File too large")).toStdString());
    EXPECT_EQ(contents(path), before);
    EXPECT_EQ(strays(dir.path(), {QStringLiteral("c.cascade.json")}), QStringList());
    EXPECT_TRUE(writeCaseFile(big, path, &error)) << error.toStdString(); // without the limit it fits
}

TEST(SaveUnderFaults, AReadOnlyFolderKeepsTheOldFileAndSaysWhy)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                       | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
    const QString folder = dir.filePath(QStringLiteral("read-only"));
    ASSERT_TRUE(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/c.cascade.json");
    const Case c = generateCase({20, 100, 5});
    QString error;
    ASSERT_TRUE(writeCaseFile(c, path, &error)) << error.toStdString();
    const QByteArray before = contents(path);
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther
                                                  | QFile::ReadGroup | QFile::ExeGroup));
    bool saved = true;
    {
        UnprivilegedUser nobody;
        saved = writeCaseFile(generateCase({20, 100, 6}), path, &error);
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    EXPECT_FALSE(saved);
    EXPECT_EQ(error.toStdString(), QString(QStringLiteral("cannot save ") + path + QStringLiteral(": Permission denied")).toStdString());
    EXPECT_EQ(contents(path), before);
    EXPECT_EQ(strays(folder, {QStringLiteral("c.cascade.json")}), QStringList());
}

TEST(StableFiles, SavingTheSameCaseTwiceGivesTheSameBytes)
{
    QTemporaryDir dir;
    const Case c = generateCase({500, 5000, 9});
    const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json"));
    ASSERT_TRUE(writeCaseFile(c, a));
    ASSERT_TRUE(writeCaseFile(c, b));
    EXPECT_EQ(contents(a), contents(b));
    const ReadResult back = readCaseFile(a);
    ASSERT_TRUE(back.ok());
    ASSERT_TRUE(writeCaseFile(*back.value, b));
    EXPECT_EQ(contents(a), contents(b));
}

TEST(StableFiles, StoredPositionsAreKeptToAHundredthOfAPoint)
{
    EXPECT_EQ(SavedLayout::roundedCoordinate(457.9930545392126), 457.99);
    EXPECT_EQ(SavedLayout::roundedCoordinate(457.9930545392119), 457.99);
    EXPECT_EQ(SavedLayout::roundedCoordinate(-3.125001), -3.13);
    EXPECT_EQ(SavedLayout::roundedCoordinate(0.004), 0.0);
    // Read back from a file written by hand with more digits: rounded, and written so.
    const std::string text = R"({"format": "cascade-case", "version": 1, "actors": [{"handle": "a"}], "events": [],
      "layouts": {"twopi": {"seed": 1, "positions": {"a": [457.9930545392126, 354.380981291632]}}}})";
    const ReadResult r = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("c"));
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const SavedLayout::Position &p = r.value->layouts.at(QStringLiteral("twopi")).positions[0];
    EXPECT_EQ(p.x, 457.99);
    EXPECT_EQ(p.y, 354.38);
    EXPECT_NE(serializeCase(*r.value).find("\"a\": [457.99, 354.38]"), std::string::npos) << serializeCase(*r.value);
}
