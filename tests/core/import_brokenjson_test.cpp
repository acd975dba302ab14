// SPDX-License-Identifier: GPL-3.0-or-later
// A JSON record that is broken is never imported in part. Every fixture of the JSON
// importers is broken at each of its structural bytes ({ } [ ] , :), once by deleting the
// byte and once by putting a comma before it; each variant that is no longer JSON (our own
// diagnosis, core/io/jsondiagnose.h, is the judge) is imported and must give either
// - what the intact file gives (the break sits in a part the importer never reads), or
// - for a file of lines (twarc, twarc2): what the file gives with that line skipped as
//   invalid JSON (the line replaced by one that is plainly not JSON), or
// - for a file that is one document (Bluesky, Mastodon, a twarc search response, an X
//   archive's tweets.js): an error naming the file.
// A record cut short where the break sits (an array's items after it dropped, a tweet
// without its mentions) is what this rules out.
#include "tests/core/importtestutil.h"

#include "core/io/casefile.h"
#include "core/io/jsondiagnose.h"

#include <QFile>
#include <QList>
#include <QTemporaryDir>

#include <string_view>

using namespace cascade;
using namespace cascade::test;

namespace {

QByteArray readFixture(const char *relative)
{
    QFile f(importFixture(relative));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative;
    return f.readAll();
}

// Imports `bytes` as the file `name`, always at the same path, so that two imports of
// the same records give equal cases and equal messages.
ImportResult importAt(const QByteArray &bytes, const QString &name, ImportFormat format)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        ADD_FAILURE() << "cannot write " << path.toStdString();
    f.close();
    ImportOptions options;
    options.format = format;
    return importFiles({path}, options);
}

bool isJson(const QByteArray &text)
{
    return !json::diagnoseJson(std::string_view(text.constData(), static_cast<std::size_t>(text.size())), 256);
}

bool isStructural(char c)
{
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ',' || c == ':';
}

// The byte offsets of the structural bytes of `text` from `from` on, outside strings.
QList<qsizetype> structuralBytes(const QByteArray &text, qsizetype from = 0)
{
    QList<qsizetype> out;
    bool inString = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (isStructural(c)) {
            out.push_back(i);
        }
    }
    return out;
}

// The two breaks at offset `at` of `text`.
QList<QByteArray> breaksAt(const QByteArray &text, qsizetype at)
{
    QByteArray deleted = text;
    deleted.remove(at, 1);
    QByteArray comma = text;
    comma.insert(at, ',');
    return {deleted, comma};
}

std::string describe(const QByteArray &variant, qsizetype at)
{
    return "broken at byte " + std::to_string(at) + ": " + variant.mid(std::max<qsizetype>(0, at - 40), 80).toStdString();
}

// The case without the import report's text (its warnings say where each line broke,
// which differs from one broken line to the next); the figures are compared apart.
Case withoutReportNote(Case c)
{
    for (Source &s : c.sources)
        if (s.id == QLatin1String("import-report"))
            s.note.clear();
    return c;
}

bool sameCase(const ImportResult &a, const ImportResult &b)
{
    return withoutReportNote(*a.value) == withoutReportNote(*b.value) && a.report.skipped == b.report.skipped
        && a.report.recordsRead == b.report.recordsRead;
}

// Where two cases differ, for a failure's message: the first line their files differ on.
std::string firstDifference(const Case &a, const Case &b)
{
    const QList<QByteArray> x = QByteArray::fromStdString(serializeCase(withoutReportNote(a))).split('\n');
    const QList<QByteArray> y = QByteArray::fromStdString(serializeCase(withoutReportNote(b))).split('\n');
    for (qsizetype i = 0; i < std::min(x.size(), y.size()); ++i)
        if (x[i] != y[i])
            return "case line " + std::to_string(i + 1) + ": " + x[i].toStdString() + "\n  instead of: " + y[i].toStdString();
    return x.size() == y.size() ? std::string("equal files") : "the files differ in length";
}

void expectSame(const ImportResult &got, const ImportResult &want, const std::string &what)
{
    ASSERT_EQ(got.ok(), want.ok()) << what << "\n" << got.error.toStdString();
    if (want.ok())
        EXPECT_TRUE(sameCase(got, want)) << what << "\n" << firstDifference(*got.value, *want.value);
    else
        EXPECT_EQ(got.error.toStdString(), want.error.toStdString()) << what;
}

// A file of records, one per line: each line broken in turn, the others intact.
void checkLines(const char *fixture, const char *name, ImportFormat format)
{
    const QList<QByteArray> lines = readFixture(fixture).split('\n');
    const auto join = [](const QList<QByteArray> &parts) { return parts.join('\n'); };
    const ImportResult intact = importAt(join(lines), QLatin1String(name), format);
    ASSERT_TRUE(intact.ok()) << intact.error.toStdString();
    int variants = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        QList<QByteArray> skipped = lines; // the line made plainly not JSON, so it is skipped
        skipped[i] = "!";
        const ImportResult lineSkipped = importAt(join(skipped), QLatin1String(name), format);
        for (qsizetype at : structuralBytes(lines[i])) {
            for (const QByteArray &broken : breaksAt(lines[i], at)) {
                if (isJson(broken))
                    continue;
                ++variants;
                QList<QByteArray> withBroken = lines;
                withBroken[i] = broken;
                const ImportResult got = importAt(join(withBroken), QLatin1String(name), format);
                const std::string what = std::string(fixture) + " line " + std::to_string(i + 1) + " " + describe(broken, at);
                if (got.ok() && sameCase(got, intact))
                    continue; // the break is in a part the importer does not read
                EXPECT_EQ(skippedFor(got.report, "invalid JSON"), skippedFor(intact.report, "invalid JSON") + 1) << what;
                expectSame(got, lineSkipped, what);
                if (::testing::Test::HasFailure())
                    return; // one variant tells the story; thousands would bury it
            }
        }
    }
    EXPECT_GT(variants, 100) << fixture;
}

// A file that is one JSON document (from offset `from` on: the X archive's assignment
// prefix is not JSON).
void checkDocument(const char *fixture, const char *name, ImportFormat format, qsizetype from = 0)
{
    const QByteArray text = readFixture(fixture);
    const ImportResult intact = importAt(text, QLatin1String(name), format);
    ASSERT_TRUE(intact.ok()) << intact.error.toStdString();
    int variants = 0;
    for (qsizetype at : structuralBytes(text, from)) {
        for (const QByteArray &broken : breaksAt(text, at)) {
            if (isJson(broken.mid(from)))
                continue;
            ++variants;
            const ImportResult got = importAt(broken, QLatin1String(name), format);
            const std::string what = std::string(fixture) + " " + describe(broken, at);
            if (got.ok()) {
                EXPECT_TRUE(sameCase(got, intact)) << what << "\n" << firstDifference(*got.value, *intact.value);
            } else {
                EXPECT_TRUE(got.error.contains(QLatin1String(name))) << what << "\n" << got.error.toStdString();
            }
            if (::testing::Test::HasFailure())
                return;
        }
    }
    EXPECT_GT(variants, 50) << fixture;
}

qsizetype afterAssignment(const char *fixture)
{
    return readFixture(fixture).indexOf('=') + 1;
}

} // namespace

TEST(ImportBrokenJson, Twarc2PagesAndFlatTweets)
{
    checkLines("twarc2/pages.jsonl", "pages.jsonl", ImportFormat::Twarc2);
    checkLines("twarc2/flat.jsonl", "flat.jsonl", ImportFormat::Twarc2);
}

TEST(ImportBrokenJson, TwarcStreamAndSearchResponse)
{
    checkLines("twarc/stream.jsonl", "stream.jsonl", ImportFormat::Twarc);
    checkDocument("twarc/search.json", "search.json", ImportFormat::Twarc);
}

TEST(ImportBrokenJson, BlueskyThreadAndFeed)
{
    checkDocument("bluesky/thread.json", "thread.json", ImportFormat::Bluesky);
    checkDocument("bluesky/feed.json", "feed.json", ImportFormat::Bluesky);
}

TEST(ImportBrokenJson, MastodonContextAndStatuses)
{
    checkDocument("mastodon/context.json", "context.json", ImportFormat::Mastodon);
    checkDocument("mastodon/statuses.json", "statuses.json", ImportFormat::Mastodon);
}

TEST(ImportBrokenJson, XArchiveTweets)
{
    checkDocument("x-archive/data/tweets.js", "tweets.js", ImportFormat::XArchive, afterAssignment("x-archive/data/tweets.js"));
    checkDocument("x-archive/data/tweets-part1.js", "tweets-part1.js", ImportFormat::XArchive, afterAssignment("x-archive/data/tweets-part1.js"));
}
