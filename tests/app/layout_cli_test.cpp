// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade layout`, run as separate processes: the same case and seed give the same
// positions in every process, the layout is stored in the case, and the PNG painter
// draws something.
#include "tests/app/clirun.h"

#include "app/cli/layoutpicture.h"
#include "core/io/casefile.h"
#include "core/layout/layoutengine.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace cascade;

namespace {

cascade::test::CliResult cascadeLayout(const QStringList &args)
{
    return cascade::test::runCascade(QStringList{QStringLiteral("layout")} + args);
}

QString fingerprintIn(const QString &out)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("fingerprint ([0-9a-f]{64})")).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");

} // namespace

TEST(LayoutCli, SamePositionsInEveryProcess)
{
    const ReadResult read = readCaseFile(kHaiti);
    ASSERT_TRUE(read.ok()) << read.errorText().toStdString();
    const LayoutGraph graph = buildLayoutGraph(*read.value);
    for (const char *engine : {"dot", "twopi", "neato", "sfdp", "balloon", "swimlane"}) {
        const QStringList args{kHaiti, QStringLiteral("--engine"), QLatin1String(engine), QStringLiteral("--seed"),
                               QStringLiteral("3"), QStringLiteral("--no-write")};
        const cascade::test::CliResult first = cascadeLayout(args);
        const cascade::test::CliResult second = cascadeLayout(args);
        ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
        ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
        const QString a = fingerprintIn(first.out);
        ASSERT_FALSE(a.isEmpty()) << first.out.toStdString();
        EXPECT_EQ(a, fingerprintIn(second.out)) << engine;
        // and the same as in this process
        LayoutOptions options;
        options.engine = *layoutEngineFromName(QString::fromLatin1(engine));
        options.seed = 3;
        EXPECT_EQ(a, QString::fromLatin1(layoutFingerprint(LayoutEngine::run(graph, options)))) << engine;
    }
}

TEST(LayoutCli, TheSameLayoutTwiceStoresTheSameBytes)
{
    // twopi and neato remove overlaps with Graphviz's PRISM, whose last digits change
    // with the memory addresses of each run; positions are stored to 1/100 point.
    QTemporaryDir dir;
    for (const char *engine : {"auto", "twopi", "neato", "dot"}) {
        QByteArray files[2];
        for (int run = 0; run < 2; ++run) {
            const QString out = dir.filePath(QStringLiteral("%1-%2.cascade.json").arg(QLatin1String(engine)).arg(run));
            const cascade::test::CliResult r = cascadeLayout({kHaiti, QStringLiteral("--engine"), QLatin1String(engine), QStringLiteral("-o"), out});
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
            QFile f(out);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            files[run] = f.readAll();
        }
        EXPECT_FALSE(files[0].isEmpty());
        EXPECT_EQ(files[0], files[1]) << engine;
    }
}

TEST(LayoutCli, StoresTheLayoutInTheCase)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("haiti.cascade.json"));
    const cascade::test::CliResult r = cascadeLayout({kHaiti, QStringLiteral("--engine"), QStringLiteral("twopi"), QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const ReadResult read = readCaseFile(out);
    ASSERT_TRUE(read.ok()) << read.errorText().toStdString();
    const Case &c = *read.value;
    ASSERT_EQ(c.layouts.count(QStringLiteral("twopi")), 1u);
    const SavedLayout &saved = c.layouts.at(QStringLiteral("twopi"));
    EXPECT_EQ(saved.positions.size(), c.actors.size());
    const std::optional<LayoutResult> restored = LayoutEngine::restore(buildLayoutGraph(c), saved, LayoutOptions{});
    ASSERT_TRUE(restored.has_value());
    EXPECT_EQ(fingerprintIn(r.out), QString::fromLatin1(layoutFingerprint(*restored)));

    // Another engine adds a second layout next to the first.
    const cascade::test::CliResult again = cascadeLayout({out, QStringLiteral("--engine"), QStringLiteral("swimlane")});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const ReadResult both = readCaseFile(out);
    ASSERT_TRUE(both.ok());
    EXPECT_EQ(both.value->layouts.size(), 2u);
}

TEST(LayoutCli, UsageErrors)
{
    EXPECT_EQ(cascadeLayout({}).exitCode, 2);
    EXPECT_EQ(cascadeLayout({kHaiti, QStringLiteral("--engine"), QStringLiteral("fdp")}).exitCode, 2);
    EXPECT_EQ(cascadeLayout({kHaiti, QStringLiteral("--seed"), QStringLiteral("-1")}).exitCode, 2);
    EXPECT_EQ(cascadeLayout({QStringLiteral("/nonexistent/case.json"), QStringLiteral("--no-write")}).exitCode, 1);
}

TEST(LayoutPicture, PaintsEveryEngineOfTheHaitiCase)
{
    const ReadResult read = readCaseFile(kHaiti);
    ASSERT_TRUE(read.ok());
    const LayoutGraph graph = buildLayoutGraph(*read.value);
    QTemporaryDir dir;
    for (const char *engine : {"dot", "twopi", "neato", "sfdp", "balloon", "swimlane"}) {
        LayoutOptions options;
        options.engine = *layoutEngineFromName(QString::fromLatin1(engine));
        const LayoutResult r = LayoutEngine::run(graph, options);
        ASSERT_TRUE(r.ok());
        const QString path = dir.filePath(QStringLiteral("%1.png").arg(QLatin1String(engine)));
        QString error;
        ASSERT_TRUE(writeLayoutPicture(*read.value, r, path, 1200, &error)) << error.toStdString();
        const QImage image(path);
        ASSERT_FALSE(image.isNull());
        EXPECT_LE(std::max(image.width(), image.height()), 1200);
        // The picture has the layout's proportions (margins aside) and shows the roles'
        // colours, not a blank page.
        EXPECT_NEAR(double(image.width() - 40) / (image.height() - 40), r.bounds.width() / r.bounds.height(), 0.05);
        std::set<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y) & 0xffffff);
        for (const Role &role : read.value->roles) {
            if (role.id == QLatin1String("ngo") || role.id == QLatin1String("journalist")) {
                EXPECT_TRUE(colours.count(role.rgb)) << engine << " lacks " << role.id.toStdString();
            }
        }
    }
}
