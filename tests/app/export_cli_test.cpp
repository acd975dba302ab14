// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade export` and `cascade storyboard`, run as separate processes without a
// display, on the bundled Haiti case.
#include "tests/app/clirun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QColor>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

cascade::test::CliResult cli(const QStringList &args)
{
    return cascade::test::runCascade(args);
}

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");

int pdfPages(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return static_cast<int>(QString::fromLatin1(file.readAll()).count(page));
}

} // namespace

TEST(ExportCli, MilestoneToPngAtSizeScaleAndTheme)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tip.png"));
    const cascade::test::CliResult r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--milestone"), QStringLiteral("3"),
                               QStringLiteral("-o"), out, QStringLiteral("--size"), QStringLiteral("1280x720"),
                               QStringLiteral("--scale"), QStringLiteral("1.5"), QStringLiteral("--theme"), QStringLiteral("dark")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    EXPECT_EQ(image.dotsPerMeterX(), 5669); // 144 dpi
    // The dark theme's background in the frame.
    EXPECT_EQ(QColor(image.pixel(3, 3)), QColor(0x1B1D21));
}

TEST(ExportCli, AtTimeToSvgAndPdfWithTitleAndCaption)
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("slide.svg"));
    cascade::test::CliResult r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), QStringLiteral("2010-01-17T11:00:00-05:00"),
                         QStringLiteral("-o"), svg, QStringLiteral("--title"), QStringLiteral("Before the tip"),
                         QStringLiteral("--caption"), QStringLiteral("Nobody has named the Air Force yet.")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("<text[^>]*>\\s*Before the tip\\s*</text>")))) << "title as text";
    EXPECT_TRUE(text.contains(QStringLiteral("Nobody has named the Air Force yet.")));

    const QString pdf = dir.filePath(QStringLiteral("slide.pdf"));
    r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), QStringLiteral("2010-01-17T17:00:00Z"),
                 QStringLiteral("-o"), pdf, QStringLiteral("--layout"), QStringLiteral("neato"), QStringLiteral("--actor"),
                 QStringLiteral("@AnnCurry")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(pdfPages(pdf), 1);
}

namespace {

// Pixels of the highlight's glow (the light theme's amber over the background).
int glowPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            n += c.red() > 230 && c.green() > 190 && c.green() < 235 && c.blue() < 150;
        }
    return n;
}

} // namespace

TEST(ExportCli, ACascadeHighlightedWithItsMeasuresAsOfTheSlide)
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.png"));
    const QString highlighted = dir.filePath(QStringLiteral("cascade.png"));
    const QString svg = dir.filePath(QStringLiteral("cascade.svg"));
    const QString at = QStringLiteral("2010-01-17T12:30:00-05:00");
    ASSERT_EQ(cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), at, QStringLiteral("-o"), plain}).exitCode, 0);
    cascade::test::CliResult r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), at, QStringLiteral("--cascade"),
                                      QStringLiteral("e07"), QStringLiteral("-o"), highlighted});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The tree's links and relayers glow; without --cascade nothing does.
    EXPECT_LT(glowPixels(QImage(plain)), 50);
    EXPECT_GT(glowPixels(QImage(highlighted)), 2000);

    r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), at, QStringLiteral("--cascade"), QStringLiteral("e07"),
             QStringLiteral("-o"), svg});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    // The caption gives the cascade as of 12:30: the root and the wave's relays by then.
    const cascade::test::CliResult stats = cli({QStringLiteral("stats"), kHaiti, QStringLiteral("--cascades"), QStringLiteral("--at"), at,
                                                QStringLiteral("--json"), QStringLiteral("--top"), QStringLiteral("1")});
    ASSERT_EQ(stats.exitCode, 0) << stats.err.toStdString();
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("\"size\": (\\d+)")).match(stats.out);
    ASSERT_TRUE(size.hasMatch()) << stats.out.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Cascade of @AnnCurry")) && text.contains(QStringLiteral("e07")));
    EXPECT_TRUE(text.contains(size.captured(1) + QStringLiteral(" nodes, depth 1"))) << size.captured(1).toStdString();

    // A relay names its root; an event that is no cascade, and --actor with --cascade, are refused.
    r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), at, QStringLiteral("--cascade"), QStringLiteral("wave03"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("give its root, e07"))) << r.err.toStdString();
    r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), at, QStringLiteral("--cascade"), QStringLiteral("e99"),
             QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no such event"))) << r.err.toStdString();
    r = cli({QStringLiteral("export"), kHaiti, QStringLiteral("--at"), at, QStringLiteral("--cascade"), QStringLiteral("e07"),
             QStringLiteral("--actor"), QStringLiteral("@AnnCurry"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

TEST(ExportCli, ClearErrors)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("x.png"));
    auto run = [&](QStringList extra) {
        return cli(QStringList{QStringLiteral("export"), kHaiti} + extra);
    };
    cascade::test::CliResult r = run({QStringLiteral("--at"), QStringLiteral("2010-01-17 11:00"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("expected ISO 8601 with an offset, e.g. 2010-01-17T11:30:00-05:00"))) << r.err.toStdString();
    r = run({QStringLiteral("--at"), QStringLiteral("2010-01-17T11:00:00"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("offset"))) << r.err.toStdString();
    r = run({QStringLiteral("--milestone"), QStringLiteral("9"), QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--milestone 9 is out of range"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("has 7 milestones (1 to 7)"))) << r.err.toStdString();
    r = run({QStringLiteral("--milestone"), QStringLiteral("1"), QStringLiteral("-o"), out, QStringLiteral("--layout"),
             QStringLiteral("circle")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unknown layout \"circle\""))) << r.err.toStdString();
    r = run({QStringLiteral("--milestone"), QStringLiteral("1"), QStringLiteral("-o"),
             dir.filePath(QStringLiteral("missing/folder/x.png"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot write"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not exist"))) << r.err.toStdString();
    r = run({QStringLiteral("--milestone"), QStringLiteral("1")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no output file"))) << r.err.toStdString();
    r = run({QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--at TIME or --milestone N"))) << r.err.toStdString();
    r = run({QStringLiteral("--milestone"), QStringLiteral("1"), QStringLiteral("-o"), out, QStringLiteral("--size"),
             QStringLiteral("big")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("expected WIDTHxHEIGHT"))) << r.err.toStdString();
    r = run({QStringLiteral("--milestone"), QStringLiteral("1"), QStringLiteral("-o"), out, QStringLiteral("--frame"),
             QStringLiteral("tight")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("expected shown or whole"))) << r.err.toStdString();
    r = run({QStringLiteral("--milestone"), QStringLiteral("1"), QStringLiteral("-o"), out, QStringLiteral("--actor"),
             QStringLiteral("@nobody")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no such actor"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out)) << "no file after a failed export";
}

TEST(StoryboardCli, OneSlidePerMilestoneAndTheDeck)
{
    QTemporaryDir dir;
    const QString slides = dir.filePath(QStringLiteral("slides"));
    const QString deck = dir.filePath(QStringLiteral("deck.pdf"));
    const QString strip = dir.filePath(QStringLiteral("strip.png"));
    const cascade::test::CliResult r = cli({QStringLiteral("storyboard"), kHaiti, QStringLiteral("-o"), slides, QStringLiteral("--pdf"), deck,
                               QStringLiteral("--filmstrip"), strip, QStringLiteral("--size"), QStringLiteral("960x540"),
                               QStringLiteral("--pseudonymise"), QStringLiteral("1000"), QStringLiteral("--frame=whole")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList pngs = QDir(slides).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(pngs.size(), 7) << pngs.join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(pngs.first(), QStringLiteral("01-planes-refused.png"));
    EXPECT_EQ(pngs.last(), QStringLiteral("07-the-plane-lands.png"));
    for (const QString &name : pngs)
        EXPECT_EQ(QImage(QDir(slides).filePath(name)).size(), QSize(960, 540)) << name.toStdString();
    EXPECT_EQ(pdfPages(deck), 7 + 2);
    EXPECT_EQ(QImage(strip).size(), QSize(960, 540));
}

TEST(StoryboardCli, Errors)
{
    QTemporaryDir dir;
    cascade::test::CliResult r = cli({QStringLiteral("storyboard"), kHaiti});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("-o DIR"))) << r.err.toStdString();
    r = cli({QStringLiteral("storyboard"), kHaiti, QStringLiteral("-o"), dir.path(), QStringLiteral("--pdf"),
                 dir.filePath(QStringLiteral("deck.png"))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("must end in .pdf"))) << r.err.toStdString();
    QFile blocker(dir.filePath(QStringLiteral("file")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    r = cli({QStringLiteral("storyboard"), kHaiti, QStringLiteral("-o"), dir.filePath(QStringLiteral("file/sub"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot create the folder"))) << r.err.toStdString();
}

TEST(SlideCommandLines, HelpUnknownArgumentsMissingValuesAndTwoFiles)
{
    for (const QString &command : {QStringLiteral("export"), QStringLiteral("storyboard")}) {
        cascade::test::CliResult r = cli({command, QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << command.toStdString();
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: cascade ") + command)) << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("--theme"))) << "the shared options are listed too";
        r = cli({command, kHaiti, QStringLiteral("--bogus"), QStringLiteral("1")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("cascade %1: unknown argument \"--bogus\"").arg(command))) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("Usage: cascade ") + command)) << r.err.toStdString();
        r = cli({command, kHaiti, QStringLiteral("--bogus")}); // last on the line: still unknown
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("cascade %1: unknown argument \"--bogus\"").arg(command))) << r.err.toStdString();
        r = cli({command, kHaiti, QStringLiteral("-o")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("-o needs a value"))) << r.err.toStdString();
        r = cli({command, kHaiti, QStringLiteral("other.json")});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("more than one case file given"))) << r.err.toStdString();
        r = cli({command});
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("no case file given"))) << r.err.toStdString();
    }
    const cascade::test::CliResult r = cli({QStringLiteral("storyboard"), kHaiti, QStringLiteral("-o"), QStringLiteral("/tmp/x"),
                                            QStringLiteral("--format=gif")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--format \"gif\": expected png or svg"))) << r.err.toStdString();
}
