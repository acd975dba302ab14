// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted content stays text: a case whose handles, names, texts and titles are HTML
// (`<img src=x>`, `<a href=file:///etc/passwd>x</a>`) or 10,000 characters long is
// shown with that text as text in every label, tooltip and table of the window, and in
// the slides' SVG and PDF.
#include "tests/app/clirun.h"

#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/mainwindow.h"
#include "core/io/casefile.h"
#include "tests/app/windowtestutil.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace cascade;

namespace {

const QString kImage = QStringLiteral("<img src=x>");
const QString kLink = QStringLiteral("<a href=file:///etc/passwd>x</a>");

// Markup of the case's own, which no label of Cascade's uses.
bool hasHostileMarkup(const QString &text)
{
    return text.contains(QLatin1String("<img")) || text.contains(QLatin1String("<a href=file"));
}

// What a person sees of `text` in a widget with `format`: rich text is a hazard only
// when it carries the case's markup unescaped.
bool showsMarkupAsRichText(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    return rich && hasHostileMarkup(text);
}

QString hostileCasePath(const QTemporaryDir &dir)
{
    ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
    Case c = std::move(*r.value);
    c.title = QStringLiteral("<b>Case</b> ") + kImage;
    c.summary = kLink;
    c.actors[static_cast<std::size_t>(c.origin)].handle = kImage;
    c.actors[static_cast<std::size_t>(c.origin)].name = kLink;
    c.actors[static_cast<std::size_t>(c.origin)].note = kImage + kLink;
    c.actors[static_cast<std::size_t>(c.targets.front())].handle = kLink;
    c.actors[static_cast<std::size_t>(c.targets.front())].name = QString(10000, QLatin1Char('W'));
    for (Event &e : c.events) {
        e.text = kImage + e.text;
        e.gloss = kLink;
    }
    for (Milestone &m : c.milestones) {
        m.title = kImage + m.title;
        m.caption = kLink;
    }
    c.invalidateIndex();
    const QString path = dir.filePath(QStringLiteral("hostile.cascade.json"));
    QString error;
    EXPECT_TRUE(writeCaseFile(c, path, &error)) << error.toStdString();
    return path;
}

using cascade::testing::openAndWait;

// Every place of the window that could render rich text, with what it holds, one per
// line (empty when there is none).
std::string richTextHazards(QWidget *window)
{
    QStringList found;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (showsMarkupAsRichText(w->toolTip(), Qt::AutoText))
            found << QStringLiteral("tooltip of %1: %2").arg(QLatin1String(w->metaObject()->className()), w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w); label && showsMarkupAsRichText(label->text(), label->textFormat()))
            found << QStringLiteral("label %1: %2").arg(label->objectName(), label->text().left(200));
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int row = 0; row < std::min(m->rowCount(), 200); ++row)
                for (int col = 0; col < m->columnCount(); ++col) {
                    const QString tip = m->data(m->index(row, col), Qt::ToolTipRole).toString();
                    if (showsMarkupAsRichText(tip, Qt::AutoText))
                        found << QStringLiteral("table tooltip %1,%2: %3").arg(row).arg(col).arg(tip);
                }
        }
        if (auto *graphics = qobject_cast<QGraphicsView *>(w); graphics && graphics->scene())
            for (QGraphicsItem *item : graphics->scene()->items())
                if (showsMarkupAsRichText(item->toolTip(), Qt::AutoText))
                    found << QStringLiteral("scene item tooltip: %1").arg(item->toolTip());
    }
    found.removeDuplicates();
    return found.join(QLatin1Char('\n')).toStdString();
}

} // namespace

TEST(UntrustedContent, HandlesNamesAndTextsStayTextInTheWindow)
{
    QTemporaryDir dir;
    const QString path = hostileCasePath(dir);
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    openAndWait(w, path);
    ASSERT_EQ(w.document()->caseData().actors[static_cast<std::size_t>(w.document()->caseData().origin)].handle, kImage);
    const Case &c = w.document()->caseData();
    EXPECT_EQ(richTextHazards(&w), "") << "nothing selected";
    for (ActorId a : {c.origin, c.targets.front()}) {
        w.document()->setSelectedActor(a);
        QApplication::processEvents();
        EXPECT_EQ(richTextHazards(&w), "") << "actor " << a;
        w.document()->setWhatIfActor(a);
        QTest::qWait(50);
        EXPECT_EQ(richTextHazards(&w), "") << "what if without actor " << a;
        w.document()->setWhatIfActor(kNoActor);
    }
    // The 10,000-character name does not stretch the window beyond a screen.
    EXPECT_LT(w.minimumSizeHint().width(), 4000);
}

TEST(UntrustedContent, SlidesShowTheMarkupAsText)
{
    QTemporaryDir dir;
    const QString path = hostileCasePath(dir);
    const QString svg = dir.filePath(QStringLiteral("slide.svg")), pdf = dir.filePath(QStringLiteral("slide.pdf"));
    for (const QString &out : {svg, pdf}) {
        const cascade::test::CliResult r = cascade::test::runCascade(
            {QStringLiteral("export"), path, QStringLiteral("--milestone"), QStringLiteral("1"), QStringLiteral("-o"), out});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QFile f(svg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_FALSE(text.contains(QLatin1String("<img"))) << "raw markup in the SVG";
    EXPECT_FALSE(text.contains(QLatin1String("<a href"))) << "raw markup in the SVG";
    EXPECT_TRUE(text.contains(QLatin1String("&lt;img src=x&gt;"))) << "the milestone title, as text";
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    ASSERT_FALSE(pdftotext.isEmpty()) << "pdftotext (poppler-utils) is missing";
    QProcess p;
    p.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(60000));
    EXPECT_TRUE(QString::fromUtf8(p.readAllStandardOutput()).contains(kImage)) << "the milestone title, as text";
}
