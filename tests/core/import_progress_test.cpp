// SPDX-License-Identifier: GPL-3.0-or-later
// ImportOptions::progress: the fractions an import reports and what cancelling leaves.
#include "tests/core/importtestutil.h"

#include <QTemporaryDir>

#include <vector>

using namespace cascade;
using namespace cascade::test;

namespace {

// About 20 MiB of twarc lines: several chunks of the line reader.
QString bigTwarc(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("big.jsonl"));
    EXPECT_GT(writeRepeatedTwarc(path, 3500), qint64(16) << 20);
    return path;
}

} // namespace

TEST(ImportProgress, FractionsRiseFromZeroToOneWithinTheFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QStringList inputs{bigTwarc(dir), importFixture("twarc/search.json")};
    std::vector<double> seen;
    ImportOptions options;
    options.progress = [&seen](double f) {
        seen.push_back(f);
        return true;
    };
    const ImportResult watched = importFiles(inputs, options);
    ASSERT_TRUE(watched.ok()) << watched.error.toStdString();
    EXPECT_FALSE(watched.cancelled);
    ASSERT_FALSE(seen.empty());
    EXPECT_GE(seen.front(), 0.0);
    EXPECT_EQ(seen.back(), 1.0);
    for (std::size_t i = 1; i < seen.size(); ++i)
        EXPECT_LE(seen[i - 1], seen[i]) << "call " << i;
    // Progress within the big file, not only between the inputs.
    int within = 0;
    for (double f : seen)
        within += f > 0.05 && f < 0.9 ? 1 : 0;
    EXPECT_GE(within, 3);
    // Watching changes nothing in the case.
    const ImportResult plain = importFiles(inputs);
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(*plain.value == *watched.value);
}

TEST(ImportProgress, CancelYieldsNoCase)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString big = bigTwarc(dir);
    for (int stopAt : {1, 3, 1000}) {
        int calls = 0;
        bool askedAfterCancel = false;
        ImportOptions options;
        options.progress = [&](double f) {
            if (calls >= stopAt)
                askedAfterCancel = true;
            ++calls;
            // 1000: never reached by the calls within the file, so the cancel comes at
            // the very end (after the case is built).
            return calls < stopAt && !(stopAt == 1000 && f == 1.0);
        };
        const ImportResult r = importFiles({big}, options);
        EXPECT_FALSE(r.ok()) << "stop at " << stopAt;
        EXPECT_FALSE(r.value.has_value());
        EXPECT_TRUE(r.cancelled);
        EXPECT_EQ(r.error, QStringLiteral("cancelled"));
        EXPECT_FALSE(askedAfterCancel) << "stop at " << stopAt;
    }
}

TEST(ImportProgress, CancelBetweenInputsOfDocumentFormats)
{
    // One-document formats report between inputs: a cancel at the second input stops there.
    int calls = 0;
    ImportOptions options;
    options.progress = [&calls](double) { return ++calls < 2; };
    const ImportResult r = importFiles({importFixture("bluesky/thread.json"), importFixture("bluesky/feed.json")}, options);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(calls, 2);
}

namespace {

// `copies` times the items of the JSON array in `fixture` (everything from its first "["
// to its last "]"), with what stood before the array kept ({"statuses": or
// window.YTD.tweets.part0 =).
QString repeatArrayItems(const QTemporaryDir &dir, const char *fixture, const char *name, int copies)
{
    QFile in(importFixture(fixture));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    const qsizetype open = text.indexOf('[');
    const qsizetype close = text.lastIndexOf(']');
    EXPECT_GT(close, open);
    const QByteArray items = text.mid(open + 1, close - open - 1).trimmed();
    QByteArray out = text.left(open + 1);
    for (int i = 0; i < copies; ++i) {
        if (i > 0)
            out.append(',');
        out.append(items);
    }
    out.append(text.mid(close));
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(out);
    return path;
}

} // namespace

TEST(ImportProgress, OneDocumentFormatsReportWithinTheDocumentAndCancel)
{
    // A twarc search response and an X archive's tweets.js with some 20 000 items each.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const QString &path : {repeatArrayItems(dir, "twarc/search.json", "search.json", 10000),
                                repeatArrayItems(dir, "x-archive/data/tweets.js", "tweets.js", 5000)}) {
        ASSERT_NE(detectImportFormat(path), ImportFormat::Auto) << path.toStdString();
        std::vector<double> seen;
        ImportOptions options;
        options.progress = [&seen](double f) {
            seen.push_back(f);
            return true;
        };
        const ImportResult r = importFiles({path}, options);
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        EXPECT_GE(r.report.recordsRead, 10000);
        int within = 0;
        for (std::size_t i = 0; i < seen.size(); ++i) {
            within += seen[i] > 0.05 && seen[i] < 0.9 ? 1 : 0;
            if (i > 0) {
                EXPECT_LE(seen[i - 1], seen[i]);
            }
        }
        EXPECT_GE(within, 3) << path.toStdString();

        // A cancel at the third report stops within the document.
        int calls = 0;
        options.progress = [&calls](double) { return ++calls < 3; };
        const ImportResult cancelled = importFiles({path}, options);
        EXPECT_TRUE(cancelled.cancelled) << path.toStdString();
        EXPECT_FALSE(cancelled.value.has_value());
        EXPECT_EQ(cancelled.error, QStringLiteral("cancelled"));
        EXPECT_EQ(calls, 3);
    }
}
