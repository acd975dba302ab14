// SPDX-License-Identifier: GPL-3.0-or-later
// File > Import in the window: the dialog the user sees (formats found, preview), the
// import run on the worker, the case it opens or adds to the open one as one undo step,
// and what a cancel or a broken file leaves (the open case as it was).
#include "app/document/casedocument.h"
#include "app/document/caseimporter.h"
#include "app/document/caseloader.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/importdialog.h"
#include "app/mainwindow.h"
#include "core/model/casemerge.h"
#include "tests/core/importtestutil.h"
#include "tests/app/windowtestutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace cascade;
using namespace cascade::test;

namespace {

// True once the graph is laid out with an item for every actor of the document's case.
bool graphShowsEveryActor(MainWindow &w)
{
    for (int i = 0; i < 100 && !w.graphView()->graphScene()->hasLayout(); ++i) {
        w.graphView()->layoutController()->waitForFinished();
        QTest::qWait(20);
    }
    const GraphScene &scene = *w.graphView()->graphScene();
    if (!scene.hasLayout())
        return false;
    for (std::size_t a = 0; a < w.document()->caseData().actors.size(); ++a)
        if (!scene.actorItem(static_cast<ActorId>(a)))
            return false;
    return true;
}

using cascade::testing::openAndWait;

// The dialog as File > Import opens it.
ImportDialog *openImportDialog(MainWindow &w)
{
    QAction *action = w.findChild<QAction *>(QStringLiteral("ImportAction"));
    EXPECT_NE(action, nullptr);
    if (!action)
        return nullptr;
    action->trigger();
    return w.findChild<ImportDialog *>();
}

// Clicks Import and waits for the outcome to be shown.
void importAndWait(ImportDialog &dialog)
{
    QSignalSpy done(&dialog, &ImportDialog::importFinished);
    ASSERT_TRUE(dialog.importButton()->isEnabled());
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    ASSERT_TRUE(done.wait(60000)) << "the import did not end";
}

QString formatShown(const ImportDialog &dialog, int row)
{
    return dialog.inputList()->topLevelItem(row)->text(1);
}

QString formatTitleOf(const ImportDialog &dialog, ImportFormat f)
{
    return dialog.formatBox()->itemText(dialog.formatBox()->findData(int(f)));
}

QString writeFile(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

} // namespace

TEST(ImportDialog, ShowsFormatsAndPreviewAndOpensTheImportAsANewUnsavedCase)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    ImportDialog *dialog = openImportDialog(w);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->importButton()->isEnabled()); // nothing to import yet

    const QStringList inputs{importFixture("twarc/stream.jsonl"), importFixture("twarc/search.json"),
                             importFixture("twarc2/pages.jsonl")};
    dialog->setInputs(inputs);
    ASSERT_EQ(dialog->inputList()->topLevelItemCount(), 3);
    EXPECT_EQ(formatShown(*dialog, 0), formatTitleOf(*dialog, ImportFormat::Twarc));
    EXPECT_EQ(formatShown(*dialog, 1), formatTitleOf(*dialog, ImportFormat::Twarc));
    EXPECT_EQ(formatShown(*dialog, 2), formatTitleOf(*dialog, ImportFormat::Twarc2));
    // The preview shows the selected input's first line, and follows the selection.
    QFile first(inputs[0]);
    ASSERT_TRUE(first.open(QIODevice::ReadOnly));
    const QString firstLine = QString::fromUtf8(first.readLine()).trimmed();
    EXPECT_TRUE(dialog->previewView()->toPlainText().startsWith(firstLine.left(60)));
    EXPECT_LE(dialog->previewView()->toPlainText().size(), 8 * 1024);
    dialog->inputList()->setCurrentItem(dialog->inputList()->topLevelItem(2));
    QFile third(inputs[2]);
    ASSERT_TRUE(third.open(QIODevice::ReadOnly));
    EXPECT_TRUE(dialog->previewView()->toPlainText().startsWith(QString::fromUtf8(third.read(60))));

    dialog->ruleBox()->setCurrentIndex(dialog->ruleBox()->findData(int(CreditRule::First)));
    importAndWait(*dialog);
    ImportOptions options;
    options.rule = CreditRule::First;
    const ImportResult expected = importFiles(inputs, options);
    ASSERT_TRUE(expected.ok()) << expected.error.toStdString();
    EXPECT_EQ(dialog->errorText(), QString());
    EXPECT_EQ(dialog->reportText(), expected.report.toText());
    EXPECT_EQ(dialog->reportView()->toPlainText(), expected.report.toText());
    const Case &c = w.document()->caseData();
    EXPECT_EQ(c.actors.size(), expected.value->actors.size());
    EXPECT_EQ(c.events.size(), expected.value->events.size());
    EXPECT_TRUE(c == *expected.value);
    // A new case without a file, marked unsaved; no undo step to take it back.
    EXPECT_EQ(w.document()->filePath(), QString());
    EXPECT_TRUE(w.document()->isModified());
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_TRUE(w.windowTitle().contains(c.title)) << w.windowTitle().toStdString();
    EXPECT_EQ(w.document()->undoStack()->count(), 0);
    // Laid out as a case that was opened.
    EXPECT_TRUE(graphShowsEveryActor(w));
}

TEST(ImportDialog, AnInputOfNoKnownFormatSaysWhyAndKeepsTheCase)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    const Case before = w.document()->caseData();
    QTemporaryDir dir;
    const QString notes = writeFile(dir, "notes.txt", "some notes\nnot data\n");
    ImportDialog *dialog = openImportDialog(w);
    ASSERT_NE(dialog, nullptr);
    dialog->setInputs({notes});
    QString why;
    ASSERT_EQ(detectImportFormat(notes, &why), ImportFormat::Auto);
    ASSERT_FALSE(why.isEmpty());
    EXPECT_TRUE(formatShown(*dialog, 0).contains(why)) << formatShown(*dialog, 0).toStdString();
    importAndWait(*dialog);
    EXPECT_TRUE(dialog->errorText().startsWith(notes + QStringLiteral(": cannot tell the format"))) << dialog->errorText().toStdString();
    EXPECT_TRUE(dialog->reportView()->toPlainText().contains(notes));
    EXPECT_EQ(dialog->reportText(), QString());
    EXPECT_TRUE(w.document()->caseData() == before);
    EXPECT_EQ(w.document()->filePath(), bundledCasePath());
    EXPECT_FALSE(w.document()->isModified());
}

TEST(ImportDialog, ABrokenFileShowsTheErrorWithFileAndLineAndKeepsTheCase)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    const Case before = w.document()->caseData();
    QTemporaryDir dir;
    // GraphML (NodeXL) that stops being well-formed on line 4.
    const QString broken = writeFile(dir, "broken.graphml",
                                     "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                                     "<graph edgedefault=\"directed\">\n<node id=\"a\"></edge>\n</graph>\n</graphml>\n");
    ImportDialog *dialog = openImportDialog(w);
    ASSERT_NE(dialog, nullptr);
    dialog->setInputs({broken});
    EXPECT_EQ(formatShown(*dialog, 0), formatTitleOf(*dialog, ImportFormat::NodeXL));
    importAndWait(*dialog);
    const ImportResult expected = importFiles({broken});
    ASSERT_FALSE(expected.ok());
    EXPECT_TRUE(expected.error.startsWith(broken + QStringLiteral(":4: "))) << expected.error.toStdString();
    EXPECT_EQ(dialog->errorText(), expected.error);
    EXPECT_TRUE(dialog->reportView()->toPlainText().contains(expected.error));
    EXPECT_TRUE(w.document()->caseData() == before);
    EXPECT_FALSE(w.document()->isModified());
}

TEST(ImportDialog, CancelMidImportLeavesTheOpenCaseUntouched)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    const Case before = w.document()->caseData();
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.jsonl"));
    ASSERT_GT(writeRepeatedTwarc(big, 3500), qint64(16) << 20);
    ImportDialog *dialog = openImportDialog(w);
    ASSERT_NE(dialog, nullptr);
    dialog->setInputs({big});
    // Cancel once the import is under way within the file (past its first chunk).
    int cancelledAt = -1;
    QObject::connect(dialog->importer(), &CaseImporter::progress, dialog, [&](int percent) {
        if (percent >= 1 && cancelledAt < 0) {
            cancelledAt = percent;
            EXPECT_TRUE(dialog->cancelButton()->isEnabled());
            QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        }
    });
    importAndWait(*dialog);
    EXPECT_GE(cancelledAt, 1);
    EXPECT_LT(cancelledAt, 95);
    EXPECT_EQ(dialog->errorText(), QStringLiteral("cancelled"));
    EXPECT_EQ(dialog->reportText(), QString());
    EXPECT_TRUE(w.document()->caseData() == before);
    EXPECT_EQ(w.document()->filePath(), bundledCasePath());
    EXPECT_FALSE(w.document()->isModified());
    // The dialog is ready for another go.
    EXPECT_TRUE(dialog->importButton()->isEnabled());
    EXPECT_FALSE(dialog->cancelButton()->isEnabled());
}

TEST(ImportDialog, AddToTheOpenCaseIsOneUndoStep)
{
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    const Case before = w.document()->caseData();
    ImportDialog *dialog = openImportDialog(w);
    ASSERT_NE(dialog, nullptr);
    const QStringList inputs{importFixture("bluesky/thread.json"), importFixture("bluesky/feed.json")};
    dialog->setInputs(inputs);
    EXPECT_EQ(formatShown(*dialog, 0), formatTitleOf(*dialog, ImportFormat::Bluesky));
    dialog->addToCaseBox()->setChecked(true);
    importAndWait(*dialog);
    ASSERT_EQ(dialog->errorText(), QString());

    const ImportResult imported = importFiles(inputs);
    ASSERT_TRUE(imported.ok());
    const CaseMergeResult merged = mergeCases(before, *imported.value);
    ASSERT_TRUE(merged.value);
    const Case &c = w.document()->caseData();
    EXPECT_EQ(c.events.size(), before.events.size() + imported.value->events.size());
    EXPECT_EQ(c.actors.size(), before.actors.size() + imported.value->actors.size());
    EXPECT_TRUE(c == *merged.value);
    EXPECT_TRUE(dialog->reportText().startsWith(imported.report.toText()));
    EXPECT_TRUE(dialog->reportText().contains(merged.report.toText()));
    EXPECT_EQ(w.document()->filePath(), bundledCasePath());
    EXPECT_TRUE(w.document()->isModified());
    ASSERT_EQ(w.document()->undoStack()->count(), 1);
    EXPECT_TRUE(graphShowsEveryActor(w)); // the new actors too

    w.document()->undoStack()->undo();
    EXPECT_TRUE(w.document()->caseData() == before);
    EXPECT_EQ(w.document()->caseData().events.size(), before.events.size());
    EXPECT_EQ(w.document()->caseData().actors.size(), before.actors.size());
    EXPECT_FALSE(w.document()->isModified());
    w.document()->undoStack()->redo();
    EXPECT_TRUE(w.document()->caseData() == *merged.value);
}

TEST(ImportDialog, PictureOfTheDialog)
{
    // Draws the dialog as a user sees it after an import; with CASCADE_SCREENSHOT_DIR set
    // the picture is written there as import-dialog.png, to be looked at.
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    w.show();
    ImportDialog *dialog = openImportDialog(w);
    ASSERT_NE(dialog, nullptr);
    dialog->setInputs({importFixture("twarc/stream.jsonl"), importFixture("x-archive"), importFixture("bluesky/feed.json")});
    importAndWait(*dialog);
    QTest::qWait(50);
    const QImage picture = dialog->grab().toImage();
    ASSERT_FALSE(picture.isNull());
    EXPECT_GE(picture.width(), dialog->minimumSizeHint().width());
    const QString out = qEnvironmentVariable("CASCADE_SCREENSHOT_DIR");
    if (!out.isEmpty()) {
        EXPECT_TRUE(picture.save(out + QStringLiteral("/import-dialog.png")));
    }
    // And after a failure: an input of no known format among good ones.
    QTemporaryDir dir;
    const QString notes = writeFile(dir, "notes.txt", "some notes\nnot data\n");
    dialog->setInputs({importFixture("x-archive"), notes});
    EXPECT_TRUE(dialog->previewView()->toPlainText().startsWith(QStringLiteral("data/tweets.js:\n")))
        << dialog->previewView()->toPlainText().left(200).toStdString();
    importAndWait(*dialog);
    EXPECT_TRUE(dialog->errorText().startsWith(notes)) << dialog->errorText().toStdString();
    QTest::qWait(50);
    const QImage failed = dialog->grab().toImage();
    ASSERT_FALSE(failed.isNull());
    if (!out.isEmpty()) {
        EXPECT_TRUE(failed.save(out + QStringLiteral("/import-dialog-error.png")));
    }
}
