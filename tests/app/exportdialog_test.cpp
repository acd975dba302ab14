// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog driven like a user would: choose a moment, a size, a theme, type a
// title, turn pseudonyms on; check the live preview and the file written.
#include "app/document/casedocument.h"
#include "app/export/exportdialog.h"
#include "app/export/slideexport.h"
#include "app/graph/graphtheme.h"
#include "core/io/casefile.h"
#include "tests/app/exporttestutil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace cascade;

namespace {

class ExportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
        ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
        m_document = std::make_unique<CaseDocument>();
        m_document->reset(std::move(*r.value), QString());
        m_dialog = std::make_unique<ExportDialog>(m_document.get());
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    }
    void TearDown() override
    {
        m_dialog.reset();
        m_document.reset();
    }

    // Picks the combo box entry whose text contains `text`, with the keyboard.
    static void choose(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text, Qt::MatchContains);
        ASSERT_GE(index, 0) << text.toStdString();
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        ASSERT_EQ(box->currentIndex(), index);
    }

    std::unique_ptr<CaseDocument> m_document;
    std::unique_ptr<ExportDialog> m_dialog;
};

} // namespace

TEST_F(ExportDialogTest, MilestoneFillsTitleAndCaptionAndThePreviewFollows)
{
    choose(m_dialog->momentBox(), QStringLiteral("A follower's tip"));
    EXPECT_EQ(m_dialog->titleEdit()->text(), QStringLiteral("A follower's tip"));
    EXPECT_TRUE(m_dialog->captionEdit()->toPlainText().startsWith(QStringLiteral("One of her followers")));
    const SlideOptions o = m_dialog->options();
    EXPECT_EQ(o.milestone, 2);
    EXPECT_EQ(o.time, m_document->caseData().milestones[2].time);

    // The preview: the chosen shape, at preview size, in the chosen theme.
    m_dialog->updatePreview();
    QImage preview = m_dialog->previewImage();
    ASSERT_FALSE(preview.isNull());
    EXPECT_EQ(preview.width(), 640);
    EXPECT_EQ(preview.height(), 360);
    EXPECT_EQ(QColor(preview.pixel(2, 2)), GraphTheme::light().background);
    choose(m_dialog->themeBox(), QStringLiteral("Dark"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QColor(m_dialog->previewImage().pixel(2, 2)) == GraphTheme::dark().background; }));
}

TEST_F(ExportDialogTest, CursorMomentFollowsTheWindowsCursor)
{
    choose(m_dialog->momentBox(), QStringLiteral("The cursor"));
    const TimeMs t = m_document->caseData().milestones[1].time + 5 * kMsPerMinute; // 10:50 local
    m_document->setCursor(t);
    EXPECT_EQ(m_dialog->options().time, t);
    EXPECT_EQ(m_dialog->options().milestone, -1);
    EXPECT_EQ(m_dialog->momentBox()->itemText(0), QStringLiteral("The cursor (10:50)"));
}

TEST_F(ExportDialogTest, TypedSizeBecomesCustomAndExportWritesIt)
{
    QSpinBox *width = m_dialog->widthBox();
    width->selectAll();
    QTest::keyClicks(width, QStringLiteral("1000"));
    QSpinBox *height = m_dialog->heightBox();
    height->selectAll();
    QTest::keyClicks(height, QStringLiteral("1000"));
    EXPECT_EQ(m_dialog->sizeBox()->currentText(), QStringLiteral("Custom"));
    m_dialog->scaleBox()->setValue(2);
    QLineEdit *title = m_dialog->titleEdit();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Square slide"));
    EXPECT_EQ(m_dialog->options().title, QStringLiteral("Square slide"));
    m_dialog->updatePreview();
    EXPECT_EQ(m_dialog->previewImage().size(), QSize(640, 640));

    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("square.png"));
    QString error;
    ASSERT_TRUE(m_dialog->exportTo(png, &error)) << error.toStdString();
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(2000, 2000));
    EXPECT_EQ(image.dotsPerMeterX(), 7559);

    // Choosing a preset again sets the size back.
    choose(m_dialog->sizeBox(), QStringLiteral("1280 x 720"));
    EXPECT_EQ(m_dialog->options().size, QSize(1280, 720));
}

TEST_F(ExportDialogTest, PseudonymsAndDeckFromTheDialog)
{
    EXPECT_FALSE(m_dialog->thresholdBox()->isEnabled());
    QTest::mouseClick(m_dialog->pseudonymiseBox(), Qt::LeftButton, {}, QPoint(8, m_dialog->pseudonymiseBox()->height() / 2));
    EXPECT_TRUE(m_dialog->pseudonymiseBox()->isChecked());
    EXPECT_TRUE(m_dialog->thresholdBox()->isEnabled());
    EXPECT_EQ(m_dialog->options().pseudonymiseBelow, 1000);

    // The actor option needs a selection.
    EXPECT_FALSE(m_dialog->actorBox()->isEnabled());
    m_document->setSelectedActor(m_document->caseData().actorByHandle(QStringLiteral("@AnnCurry")));
    EXPECT_TRUE(m_dialog->actorBox()->isEnabled());
    m_dialog->actorBox()->setChecked(true);
    EXPECT_TRUE(m_dialog->options().showActor);

    choose(m_dialog->formatBox(), QStringLiteral("PDF deck"));
    EXPECT_EQ(m_dialog->format(), ExportDialog::Format::PdfDeck);
    EXPECT_FALSE(m_dialog->momentBox()->isEnabled()) << "a deck has every milestone";
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    QString error;
    ASSERT_TRUE(m_dialog->exportTo(pdf, &error)) << error.toStdString();
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    EXPECT_EQ(QString::fromLatin1(data).count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"))),
              deckPageCount(static_cast<int>(m_document->caseData().milestones.size())));
}

namespace {

// Types `text` into a spin box as a user does: select all, type, Tab to the next field
// (Enter would press the dialog's default button, Export...).
void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

int decodedFrames(const QString &file)
{
    const QString out = cascade::testing::runTool(QStringLiteral("ffprobe"),
                                                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                                                   QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                                                   QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), file});
    return out.trimmed().toInt();
}

// Clicks Cancel on the video's progress dialog once it shows (or `act` instead).
void whenTheProgressShows(QWidget *parent, const std::function<void(QProgressDialog *)> &act)
{
    auto *poll = new QTimer(parent);
    QObject::connect(poll, &QTimer::timeout, parent, [parent, poll, act] {
        auto *progress = parent->findChild<QProgressDialog *>(QStringLiteral("VideoProgress"));
        if (!progress || !progress->isVisible() || progress->value() < 3)
            return;
        poll->stop();
        poll->deleteLater();
        act(progress);
    });
    poll->start(10);
}

} // namespace

TEST_F(ExportDialogTest, TheVideoShowsItsFirstAndLastFramesAnEstimateAndIsWritten)
{
    choose(m_dialog->formatBox(), QStringLiteral("Replay video, MP4"));
    EXPECT_TRUE(m_dialog->isVideo());
    EXPECT_TRUE(m_dialog->durationBox()->isEnabled());
    EXPECT_FALSE(m_dialog->momentBox()->isEnabled()) << "a video replays the whole case";
    EXPECT_FALSE(m_dialog->titleEdit()->isEnabled());
    typeInto(m_dialog->widthBox(), QStringLiteral("640"));
    typeInto(m_dialog->heightBox(), QStringLiteral("360"));
    typeInto(m_dialog->durationBox(), QStringLiteral("2"));
    typeInto(m_dialog->fpsBox(), QStringLiteral("10"));
    EXPECT_TRUE(m_dialog->infoLabel()->text().contains(QStringLiteral("20 frames of 640 x 360"))) << m_dialog->infoLabel()->text().toStdString();
    EXPECT_TRUE(m_dialog->infoLabel()->text().contains(QStringLiteral("MB"))) << "an estimate of the size";
    m_dialog->updatePreview();
    const QImage preview = m_dialog->previewImage();
    ASSERT_FALSE(preview.isNull());
    EXPECT_GT(preview.width(), preview.height() * 3) << "two 16:9 frames side by side";
    // The halves differ: the graph at the start has fewer actors than at the end.
    const QImage left = preview.copy(0, 0, preview.width() / 2 - 4, preview.height());
    const QImage right = preview.copy(preview.width() / 2 + 4, 0, preview.width() / 2 - 4, preview.height());
    EXPECT_NE(left, right);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("replay.mp4"));
    QString error;
    ASSERT_TRUE(m_dialog->exportTo(file, &error)) << error.toStdString();
    EXPECT_FALSE(m_dialog->lastExportCancelled());
    EXPECT_EQ(decodedFrames(file), 20);

    choose(m_dialog->formatBox(), QStringLiteral("PowerPoint deck"));
    EXPECT_FALSE(m_dialog->durationBox()->isEnabled());
    EXPECT_TRUE(m_dialog->infoLabel()->text().startsWith(QStringLiteral("7 slide"))) << m_dialog->infoLabel()->text().toStdString();
    const QString deck = dir.filePath(QStringLiteral("deck.pptx"));
    ASSERT_TRUE(m_dialog->exportTo(deck, &error)) << error.toStdString();
    QFile f(deck);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.read(2), QByteArray("PK"));
}

TEST_F(ExportDialogTest, CancelStopsTheVideoAndLeavesNoFile)
{
    choose(m_dialog->formatBox(), QStringLiteral("Replay video, WebM"));
    typeInto(m_dialog->durationBox(), QStringLiteral("60"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("replay.webm"));
    int shownAt = -1;
    whenTheProgressShows(m_dialog.get(), [&](QProgressDialog *progress) {
        shownAt = progress->value();
        auto *cancel = progress->findChild<QPushButton *>();
        ASSERT_NE(cancel, nullptr);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QString error;
    EXPECT_FALSE(m_dialog->exportTo(file, &error));
    EXPECT_TRUE(m_dialog->lastExportCancelled());
    EXPECT_GE(shownAt, 3) << "the progress dialog showed the frames done";
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty()) << "no temporary file left";
}

TEST_F(ExportDialogTest, ASmallerCaseOpenedDuringTheVideoStopsItAndTheDialogTakesTheNewCase)
{
    choose(m_dialog->formatBox(), QStringLiteral("Replay video, MP4"));
    typeInto(m_dialog->durationBox(), QStringLiteral("60"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("replay.mp4"));
    Case small = m_document->caseData();
    small.title = QStringLiteral("Two milestones");
    small.milestones.resize(2);
    whenTheProgressShows(m_dialog.get(), [&](QProgressDialog *) { m_document->reset(small, QString()); });
    QString error;
    EXPECT_FALSE(m_dialog->exportTo(file, &error));
    EXPECT_TRUE(m_dialog->lastExportCancelled());
    EXPECT_FALSE(QFile::exists(file));
    // The dialog now describes the new case, and makes its video.
    EXPECT_EQ(m_dialog->momentBox()->count(), 3) << "the cursor and two milestones";
    typeInto(m_dialog->widthBox(), QStringLiteral("320"));
    typeInto(m_dialog->heightBox(), QStringLiteral("180"));
    typeInto(m_dialog->durationBox(), QStringLiteral("1"));
    typeInto(m_dialog->fpsBox(), QStringLiteral("6"));
    ASSERT_TRUE(m_dialog->exportTo(file, &error)) << error.toStdString();
    EXPECT_EQ(decodedFrames(file), 6);
}
