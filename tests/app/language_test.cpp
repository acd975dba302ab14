// SPDX-License-Identifier: GPL-3.0-or-later
// The interface language: the window in French and in English, View > Language, and a
// slide exported in French read back from its SVG.
#include "app/document/casedocument.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorpage.h"
#include "app/inspector/measureinfo.h"
#include "app/mainwindow.h"
#include "app/presentation/displayformat.h"
#include "app/presentation/language.h"
#include "app/timeline/timelinewidget.h"
#include "core/io/casefile.h"
#include "core/io/import/importer.h"
#include "core/model/case.h"
#include "tests/app/clirun.h"
#include "tests/app/windowtestutil.h"

#include <QAction>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <memory>

using namespace cascade;
using cascade::testing::openAndWait;

namespace {

// Installed before the language's own translators, so that it is asked last: it sees
// every text of Cascade's that no translation answered.
class MissRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        const QString ctx = QString::fromLatin1(context);
        // Qt's own classes (QShortcut, QPlatformTheme...) are qtbase_fr's business.
        const bool qts = ctx.size() > 1 && ctx.startsWith(QLatin1Char('Q')) && ctx.at(1).isUpper() && ctx != QLatin1String("QObject");
        if (!qts && sourceText && *sourceText)
            misses.insert(ctx + QStringLiteral(": ") + QString::fromUtf8(sourceText));
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable QSet<QString> misses;
};

// Sets the language for one test and puts English (and the locale the run started
// with) back after it.
class LanguageTest : public ::testing::Test
{
protected:
    void use(const QString &tag)
    {
        QCoreApplication::installTranslator(&m_recorder);
        ASSERT_EQ(Language::install(tag), tag);
    }
    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_recorder);
        Language::install(QStringLiteral("en"));
        QLocale::setDefault(m_locale);
    }
    QStringList menuTitles(MainWindow &w) const
    {
        QStringList titles;
        for (QAction *a : w.menuBar()->actions())
            titles << a->text();
        return titles;
    }
    QMenu *languageMenu(MainWindow &w) const { return w.findChild<QMenu *>(QStringLiteral("LanguageMenu")); }
    QLabel *labelWithText(QWidget *root, const QString &text) const
    {
        for (QLabel *l : root->findChildren<QLabel *>())
            if (l->text() == text)
                return l;
        return nullptr;
    }
    ActorId actor(const Case &c, const char *handle) const
    {
        for (std::size_t i = 0; i < c.actors.size(); ++i)
            if (c.actors[i].handle == QLatin1String(handle))
                return static_cast<ActorId>(i);
        return kNoActor;
    }

    MissRecorder m_recorder;
    QLocale m_locale;
};

QString svgText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString svg = QString::fromUtf8(f.readAll());
    // The text of every <text> element, XML entities resolved the way the tests need.
    QStringList texts;
    static const QRegularExpression element(QStringLiteral("<text[^>]*>([^<]*)</text>"));
    for (auto it = element.globalMatch(svg); it.hasNext();)
        texts << it.next().captured(1).replace(QLatin1String("&amp;"), QLatin1String("&")).replace(QLatin1String("&apos;"), QLatin1String("'"));
    return texts.join(QLatin1Char('\n'));
}

} // namespace

TEST_F(LanguageTest, CascadeSpeaksEnglishAndFrench)
{
    const QStringList tags = Language::available();
    EXPECT_TRUE(tags.contains(QStringLiteral("en")));
    EXPECT_TRUE(tags.contains(QStringLiteral("fr")));
    EXPECT_EQ(Language::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
    EXPECT_EQ(Language::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    // A language Cascade does not speak falls back to English; a region is ignored.
    EXPECT_EQ(Language::resolve(QStringLiteral("de")), QStringLiteral("en"));
    EXPECT_EQ(Language::resolve(QStringLiteral("fr_CA")), QStringLiteral("fr"));
    EXPECT_EQ(Language::resolve(QStringLiteral("fr")), QStringLiteral("fr"));
}

TEST_F(LanguageTest, TheWindowSpeaksFrench)
{
    use(QStringLiteral("fr"));
    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    openAndWait(w, bundledCasePath());
    const Case &c = w.document()->caseData();

    EXPECT_EQ(menuTitles(w).mid(0, 3), (QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"), QStringLiteral("&Cas")}));
    EXPECT_TRUE(menuTitles(w).contains(QStringLiteral("&Affichage")));
    EXPECT_TRUE(menuTitles(w).contains(QStringLiteral("&Lecture")));
    QMenu *language = languageMenu(w);
    ASSERT_NE(language, nullptr);
    EXPECT_EQ(language->title(), QStringLiteral("&Langue"));
    QStringList entries;
    for (QAction *a : language->actions())
        entries << a->text();
    EXPECT_TRUE(entries.contains(QStringLiteral("Français")));
    EXPECT_TRUE(entries.contains(QStringLiteral("English")));
    EXPECT_TRUE(entries.contains(QStringLiteral("Prend effet au prochain démarrage")));

    // The inspector on Ann Curry: French measure names, and the explanation on hover.
    const ActorId curry = actor(c, "@AnnCurry");
    ASSERT_NE(curry, kNoActor);
    w.document()->setSelectedActor(curry);
    ActorPage *page = w.inspector()->actorPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->measuresCurrent(); }, 10000));
    QLabel *followers = labelWithText(page, QStringLiteral("Abonnés"));
    ASSERT_NE(followers, nullptr);
    EXPECT_EQ(followers->toolTip(), QStringLiteral("Combien de comptes le suivent\u00a0: son audience déclarée, pas le nombre de personnes qui ont vu un message."));
    QLabel *exposure = labelWithText(page, QStringLiteral("Exposition potentielle (majorant)"));
    ASSERT_NE(exposure, nullptr);
    EXPECT_TRUE(exposure->toolTip().contains(QStringLiteral("L’exposition potentielle est un majorant"))) << exposure->toolTip().toStdString();
    // Numbers grouped the French way: 1 000 000 followers, with a (narrow) no-break space.
    const QString million = page->valueText(Measure::Followers);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^1[\u00a0\u202f]000[\u00a0\u202f]000$")).match(million).hasMatch()) << million.toStdString();
    // Dates in French: the origin's first message, 17 janv. 2010.
    EXPECT_EQ(DisplayFormat::dateTime(c.events.front().time, w.document()->displayZone()).left(14), QStringLiteral("17 janv. 2010 "));

    // Every text of Cascade's asked for so far has its French (the recorder does see a
    // text without one).
    EXPECT_EQ(QCoreApplication::translate("cascade::MainWindow", "A text no translation has"), QStringLiteral("A text no translation has"));
    ASSERT_TRUE(m_recorder.misses.remove(QStringLiteral("cascade::MainWindow: A text no translation has")));
    QStringList misses = m_recorder.misses.values();
    misses.sort();
    EXPECT_TRUE(misses.isEmpty()) << misses.join(QLatin1Char('\n')).toStdString();
}

TEST_F(LanguageTest, TheWindowSpeaksEnglish)
{
    use(QStringLiteral("en"));
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, bundledCasePath());
    const Case &c = w.document()->caseData();
    EXPECT_EQ(menuTitles(w).mid(0, 3), (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Case")}));
    ASSERT_NE(languageMenu(w), nullptr);
    EXPECT_EQ(languageMenu(w)->title(), QStringLiteral("&Language"));
    w.document()->setSelectedActor(actor(c, "@AnnCurry"));
    ActorPage *page = w.inspector()->actorPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->measuresCurrent(); }, 10000));
    QLabel *followers = labelWithText(page, QStringLiteral("Followers"));
    ASSERT_NE(followers, nullptr);
    EXPECT_EQ(followers->toolTip(), QStringLiteral("How many accounts follow it: its declared audience, not how many saw a message."));
    EXPECT_EQ(page->valueText(Measure::Followers), QStringLiteral("1,000,000"));
    EXPECT_EQ(DisplayFormat::dateTime(c.events.front().time, w.document()->displayZone()).left(12), QStringLiteral("17 Jan 2010 "));
}

TEST_F(LanguageTest, ViewLanguageSavesTheChoiceForTheNextStart)
{
    use(QStringLiteral("en"));
    MainWindow w;
    w.setInteractive(false);
    QMenu *language = languageMenu(w);
    ASSERT_NE(language, nullptr);
    QAction *french = nullptr;
    QAction *system = nullptr;
    for (QAction *a : language->actions()) {
        if (a->text() == QStringLiteral("Français"))
            french = a;
        if (a->text().startsWith(QLatin1String("&System")))
            system = a;
    }
    ASSERT_NE(french, nullptr);
    ASSERT_NE(system, nullptr);
    french->trigger();
    EXPECT_EQ(Language::saved(), QStringLiteral("fr"));
    EXPECT_TRUE(french->isChecked());
    EXPECT_EQ(w.statusBar()->currentMessage(), QStringLiteral("Interface language from the next start: Français."));
    // Not before: the window keeps speaking English.
    EXPECT_EQ(Language::current(), QStringLiteral("en"));
    EXPECT_EQ(menuTitles(w).front(), QStringLiteral("&File"));
    system->trigger();
    EXPECT_TRUE(Language::saved().isEmpty());
    EXPECT_TRUE(system->isChecked());
    EXPECT_FALSE(french->isChecked());
}

TEST_F(LanguageTest, ASlideExportedInFrenchReadsFrench)
{
    QTemporaryDir dir;
    const QString fr = dir.filePath(QStringLiteral("fr.svg"));
    const QString en = dir.filePath(QStringLiteral("en.svg"));
    const QString haiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");
    const auto exportSlide = [&](const QStringList &extra, const QString &out) {
        const test::CliResult r = test::runCascade(QStringList{QStringLiteral("export"), haiti, QStringLiteral("--milestone"),
                                                               QStringLiteral("4"), QStringLiteral("-o"), out}
                                                   + extra);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return svgText(out);
    };
    const QString french = exportSlide({QStringLiteral("--language"), QStringLiteral("fr")}, fr);
    EXPECT_TRUE(french.contains(QStringLiteral("Étape 4 sur 7"))) << french.toStdString();
    EXPECT_TRUE(french.contains(QStringLiteral("janv. 2010"))) << french.toStdString();
    EXPECT_FALSE(french.contains(QStringLiteral("Milestone"))) << french.toStdString();
    EXPECT_FALSE(french.contains(QStringLiteral(" Jan "))) << french.toStdString();
    // The case's own texts in French too: the milestone's title and caption (the case's
    // translations), the roles of the legend (the default palette's).
    EXPECT_TRUE(french.contains(QStringLiteral("Le tweet ciblé"))) << french.toStdString();
    EXPECT_TRUE(french.contains(QStringLiteral("Ann Curry interpelle désormais @usairforce"))) << french.toStdString();
    EXPECT_TRUE(french.contains(QStringLiteral("ONG (2)"))) << french.toStdString();
    EXPECT_FALSE(french.contains(QStringLiteral("The targeted tweet"))) << french.toStdString();

    const QString english = exportSlide({QStringLiteral("--language"), QStringLiteral("en")}, en);
    EXPECT_TRUE(english.contains(QStringLiteral("Milestone 4 of 7"))) << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("Jan 2010"))) << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("The targeted tweet"))) << english.toStdString();
    EXPECT_TRUE(english.contains(QStringLiteral("NGO (2)"))) << english.toStdString();

    // An unknown language is refused, naming the ones there are.
    const test::CliResult bad = test::runCascade({QStringLiteral("export"), haiti, QStringLiteral("--milestone"), QStringLiteral("4"),
                                                  QStringLiteral("-o"), dir.filePath(QStringLiteral("de.svg")),
                                                  QStringLiteral("--language"), QStringLiteral("de")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(bad.err.trimmed(), QStringLiteral("cascade: no language \"de\" (use en|fr)"));
}

TEST_F(LanguageTest, TheSystemsLanguageIsTheDefault)
{
    // No --language and nothing saved: a French system gets French slides.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("slide.svg"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASCADE_BINARY), {QStringLiteral("export"), QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"),
                                             QStringLiteral("--milestone"), QStringLiteral("2"), QStringLiteral("-o"), out});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    EXPECT_TRUE(svgText(out).contains(QStringLiteral("Étape 2 sur 7"))) << svgText(out).toStdString();
}

TEST_F(LanguageTest, SizesAndCountsInTheReportsReadInTheLanguage)
{
    // A file size is written with the locale's decimal mark and units, and a count says
    // "1 post", not "1 posts", in English as in French.
    QTemporaryDir dir;
    const QString huge = dir.filePath(QStringLiteral("huge.cascade.json"));
    {
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(qint64(1) << 30)); // sparse
    }
    ImportOptions twarc2Format;
    twarc2Format.format = ImportFormat::Twarc2;
    const QString pages = QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/import/twarc2/pages.jsonl"); // one missing parent

    use(QStringLiteral("fr"));
    EXPECT_EQ(readCaseFile(huge).errorText(),
              huge + QStringLiteral(":1:1: le fichier fait 1,0\u00a0Gio, plus que la limite de 512,0\u00a0Mio pour les fichiers de cas"));
    const QString fr = importFiles({pages}, twarc2Format).report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(fr.contains(QStringLiteral("1 message référencé est absent des données\u00a0: son auteur est inconnu"))) << fr.toStdString();

    use(QStringLiteral("en"));
    EXPECT_EQ(readCaseFile(huge).errorText(), huge + QStringLiteral(":1:1: file is 1.0 GiB, larger than the limit of 512.0 MiB for case files"));
    const QString en = importFiles({pages}, twarc2Format).report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(en.contains(QStringLiteral("1 referenced post is missing from the data: its author is unknown"))) << en.toStdString();
}

TEST_F(LanguageTest, FileProblemsAndImportReportsInFrench)
{
    // What the reader and the importers say reaches a French window in French, with the
    // same place, and the same English when the window speaks English.
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.cascade.json"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "cascade-case", "version": 1, "actors": [],
 "events": [{"id": "e1", "time": "2010-01-17T10:00:00Z", "kind": "post", "author": "@nobody"}]})");
    }
    const QString twarc2 = dir.filePath(QStringLiteral("tweets.jsonl"));
    {
        QFile in(QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/import/twarc2/flat.jsonl"));
        ASSERT_TRUE(in.open(QIODevice::ReadOnly));
        QFile out(twarc2);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(in.readAll());
        out.write("[1, 2]\n");
    }
    ImportOptions twarc2Format;
    twarc2Format.format = ImportFormat::Twarc2;

    use(QStringLiteral("fr"));
    const ReadResult fr = readCaseFile(bad);
    ASSERT_FALSE(fr.value);
    EXPECT_EQ(fr.errorText(), bad + QStringLiteral(":2:84: events[0].author: acteur inconnu \"@nobody\""));
    const ImportResult frImport = importFiles({twarc2}, twarc2Format);
    ASSERT_TRUE(frImport.ok()) << frImport.error.toStdString();
    const QString frReport = frImport.report.toText();
    EXPECT_TRUE(frReport.contains(QStringLiteral("enregistrements lus\u00a0: "))) << frReport.toStdString();
    EXPECT_TRUE(frReport.contains(QStringLiteral("  pas un enregistrement de ce format\u00a0: 1"))) << frReport.toStdString();
    EXPECT_EQ(importReasonText(QStringLiteral("invalid JSON")), QStringLiteral("JSON non valide"));

    use(QStringLiteral("en"));
    EXPECT_EQ(readCaseFile(bad).errorText(), bad + QStringLiteral(":2:84: events[0].author: unknown actor \"@nobody\""));
    const QString enReport = importFiles({twarc2}, twarc2Format).report.toText();
    EXPECT_TRUE(enReport.contains(QStringLiteral("records read: "))) << enReport.toStdString();
    EXPECT_TRUE(enReport.contains(QStringLiteral("  not a record of this format: 1"))) << enReport.toStdString();
}
