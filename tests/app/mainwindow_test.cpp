// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's file handling: the bundled case opens, a bad file leaves the open
// case as it was and reports FILE:LINE:COL problems.
#include "app/caseoverview.h"
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/mainwindow.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace cascade;

namespace {

void openAndWait(MainWindow &w, const QString &path)
{
    w.openFile(path);
    w.loader()->waitForFinished();
    // The finished signal is delivered through the event loop.
    for (int i = 0; i < 50 && w.loader()->isLoading(); ++i)
        QTest::qWait(10);
    QTest::qWait(20);
}

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
