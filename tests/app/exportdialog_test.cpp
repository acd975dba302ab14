// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog driven like a user would: choose a moment, a size, a theme, type a
// title, turn pseudonyms on; check the live preview and the file written.
#include "app/document/casedocument.h"
#include "app/export/exportdialog.h"
#include "app/export/slideexport.h"
#include "app/graph/graphtheme.h"
#include "core/io/casefile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

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
