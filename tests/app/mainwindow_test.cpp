// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's file handling: the bundled case opens, a bad file leaves the open
// case as it was and reports FILE:LINE:COL problems.
#include "app/caseoverview.h"
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/casesummarypage.h"
#include "app/mainwindow.h"
#include "core/analysis/caseanalysis.h"
#include "core/analysis/casesummary.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "tests/app/windowtestutil.h"

#include <QAction>
#include <QFile>
#include <QKeySequence>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace cascade;

namespace {

using cascade::testing::openAndWait;

} // namespace

TEST(MainWindow, OpensTheBundledCase)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    const Case &c = w.document()->caseData();
    EXPECT_GT(c.events.size(), 40u);
    EXPECT_TRUE(w.windowTitle().contains(c.title)) << w.windowTitle().toStdString();
    auto *overview = w.findChild<CaseOverview *>();
    ASSERT_NE(overview, nullptr);
    EXPECT_EQ(overview->titleText(), c.title);
    EXPECT_TRUE(overview->countsText().contains(QStringLiteral("America/Port-au-Prince")));
    // The cursor starts at the end: every actor that ever acts is visible.
    EXPECT_EQ(w.document()->cursor(), c.endTime());
}

TEST(MainWindow, TheGraphsStoryHasTheSummarysCriticalActorsOfTheCaseOpen)
{
    // The inspector's case summary hands its critical actors to the graph, which labels
    // them with the story; a second case replaces them with its own.
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    auto expected = [&w] {
        std::vector<ActorId> critical;
        for (const CriticalActor &ca : summarizeCase(w.document()->analysis(), w.document()->cursor()).criticalActors)
            critical.push_back(ca.actor);
        return critical;
    };
    GraphScene *scene = w.graphView()->graphScene();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.inspector()->summaryPage()->isCurrent() && scene->hasLayout(); }, 5000));
    ASSERT_FALSE(expected().empty());
    EXPECT_EQ(scene->criticalActors(), expected());
    for (ActorId a : expected())
        EXPECT_NE(std::find_if(scene->storyActors().begin(), scene->storyActors().end(),
                               [a](const StoryActor &s) { return s.actor == a; }),
                  scene->storyActors().end());

    // A generated case over it: its own critical actors, never the old ones.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.cascade.json"));
    GeneratorOptions options;
    options.actors = 300;
    options.events = 3000;
    options.seed = 3;
    ASSERT_TRUE(writeCaseFile(generateCase(options), path));
    openAndWait(w, path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.inspector()->summaryPage()->isCurrent(); }, 5000));
    EXPECT_EQ(scene->criticalActors(), expected());
    for (ActorId a : scene->criticalActors())
        EXPECT_LT(static_cast<std::size_t>(a), w.document()->caseData().actors.size());
}

TEST(MainWindow, ABadFileLeavesTheOpenCaseAsItWas)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    const Case before = w.document()->caseData();
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.cascade.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "cascade-case", "version": 1, "actors": [], "events": [{"id": "e1", "time": "2010-01-17T10:45:00Z", "kind": "post", "author": "@foo"}]})");
    f.close();
    openAndWait(w, bad);
    EXPECT_TRUE(w.document()->caseData() == before);
    EXPECT_EQ(w.lastError().toStdString(), QString(bad + QStringLiteral(":1:138: events[0].author: unknown actor \"@foo\"")).toStdString());
    openAndWait(w, dir.filePath(QStringLiteral("missing.json")));
    EXPECT_TRUE(w.document()->caseData() == before);
    EXPECT_TRUE(w.lastError().contains(QStringLiteral("cannot open"))) << w.lastError().toStdString();
}

TEST(MainWindow, SavesAndReopens)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.cascade.json"));
    QString error;
    ASSERT_TRUE(w.document()->saveTo(path, &error)) << error.toStdString();
    EXPECT_EQ(w.document()->filePath(), path);
    MainWindow other;
    other.setInteractive(false);
    openAndWait(other, path);
    EXPECT_TRUE(other.document()->caseData() == w.document()->caseData());
}

TEST(MainWindow, EveryKeyOfTheGuidesTableHasItsCommand)
{
    // docs/using.md's key table, read from the guide itself: each key it names is the
    // shortcut of a command of the window, so the guide and the window cannot drift
    // apart. The panning keys (Up, Down, Shift+arrows) are no commands: the graph view
    // handles them, tested in GraphViewTest.KeysAndWheelZoomAndFit.
    QFile guide(QStringLiteral(CASCADE_SOURCE_DIR "/docs/using.md"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(guide.readAll()).split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(QStringLiteral("## Keyboard"));
    ASSERT_GE(start, 0) << "docs/using.md has no Keyboard section";

    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    QList<QKeySequence> shortcuts;
    for (const QAction *a : w.findChildren<QAction *>())
        shortcuts += a->shortcuts();

    int keys = 0;
    for (qsizetype i = start + 1; i < lines.size() && !lines[i].startsWith(QLatin1String("## ")); ++i) {
        const QString line = lines[i].trimmed();
        if (!line.startsWith(QLatin1Char('|')) || line.startsWith(QLatin1String("|---")) || line.startsWith(QLatin1String("| keys")))
            continue;
        const QString cell = line.section(QLatin1Char('|'), 1, 1).trimmed();
        for (QString key : cell.split(QRegularExpression(QStringLiteral(", | and ")))) {
            key = key.trimmed();
            if (key == QLatin1String("Up") || key == QLatin1String("Down") || key.contains(QLatin1String("arrow")))
                continue;
            key.replace(QLatin1String("Page Up"), QLatin1String("PgUp")).replace(QLatin1String("Page Down"), QLatin1String("PgDown"));
            const QKeySequence sequence = QKeySequence::fromString(key, QKeySequence::PortableText);
            ASSERT_FALSE(sequence.isEmpty()) << "cannot read the key \"" << key.toStdString() << "\"";
            EXPECT_TRUE(shortcuts.contains(sequence)) << "the guide names " << key.toStdString() << " (" << cell.toStdString()
                                                      << "), but no command of the window has it";
            ++keys;
        }
    }
    EXPECT_GE(keys, 30) << "the key table was not read";
}
