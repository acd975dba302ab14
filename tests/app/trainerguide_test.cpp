// SPDX-License-Identifier: GPL-3.0-or-later
// The trainer's guides against the real window: every menu path a guide names in bold
// ("**File > Open...** (Ctrl+O)") is in the window's menus in the guide's language, with
// the shortcut the guide gives; and every bold name in the guide's list of the
// inspector's sections is a section title the inspector shows.
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorpage.h"
#include "app/mainwindow.h"
#include "app/presentation/language.h"
#include "app/document/casedocument.h"
#include "core/model/case.h"
#include "tests/app/windowtestutil.h"

#include <QAction>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

using namespace cascade;
using cascade::testing::openAndWait;

namespace {

// A menu entry's text as a reader sees it: no mnemonic '&', no shortcut after a tab.
QString plain(QString text)
{
    text = text.section(QLatin1Char('\t'), 0, 0);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// Every path of the menu bar, "File > Open..." -> its action (submenus too).
void collect(QMenu *menu, const QString &prefix, QMap<QString, QAction *> &paths)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || a->text().isEmpty())
            continue;
        const QString path = prefix + QStringLiteral(" > ") + plain(a->text());
        paths.insert(path, a);
        if (a->menu())
            collect(a->menu(), path, paths);
    }
}

QMap<QString, QAction *> menuPaths(MainWindow &w)
{
    QMap<QString, QAction *> paths;
    for (QAction *a : w.menuBar()->actions()) {
        if (!a->menu())
            continue;
        paths.insert(plain(a->text()), a);
        collect(a->menu(), plain(a->text()), paths);
    }
    return paths;
}

QString readGuide(const char *name)
{
    QFile f(QStringLiteral(CASCADE_SOURCE_DIR "/docs/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Bold runs cross line breaks in the Markdown source: one space for any run of blanks.
    return QString::fromUtf8(f.readAll()).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

struct GuidePath {
    QString path;
    QString shortcut; // as the guide writes it ("Ctrl+Maj+R"), or empty
};

// "**A > B**" with the shortcut that follows it, "(Ctrl+O)" or ", Ctrl+Shift+O)".
QList<GuidePath> guidePaths(const QString &guide)
{
    static const QRegularExpression bold(
        QStringLiteral("\\*\\*([^*]+)\\*\\*(?:\\s*[(,]\\s*((?:(?:Ctrl|Maj|Shift|Alt)\\+)+[A-Za-z0-9]|F\\d+)\\))?"));
    QList<GuidePath> found;
    for (auto it = bold.globalMatch(guide); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).contains(QStringLiteral(" > ")))
            found.push_back({m.captured(1).trimmed(), m.captured(2)});
    }
    return found;
}

class TrainerGuide : public ::testing::Test
{
protected:
    void TearDown() override { Language::install(QStringLiteral("en")); }
};

void checkGuide(const QString &language, const char *file)
{
    ASSERT_EQ(Language::install(language), language);
    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    openAndWait(w, bundledCasePath());

    const QString guide = readGuide(file);
    ASSERT_FALSE(guide.isEmpty()) << file;
    const QMap<QString, QAction *> paths = menuPaths(w);
    const QList<GuidePath> named = guidePaths(guide);
    // The guides name a dozen menu entries; a parse that finds few has gone wrong.
    EXPECT_GE(named.size(), 10) << file;
    int shortcuts = 0;
    for (const GuidePath &g : named) {
        const auto it = paths.constFind(g.path);
        if (it == paths.constEnd()) {
            ADD_FAILURE() << file << ": no menu entry \"" << g.path.toStdString() << "\" in the window; it has:\n"
                          << QStringList(paths.keys()).join(QLatin1Char('\n')).toStdString();
            continue;
        }
        if (g.shortcut.isEmpty())
            continue;
        ++shortcuts;
        QString portable = g.shortcut;
        portable.replace(QLatin1String("Maj+"), QLatin1String("Shift+"));
        QStringList actual;
        for (const QKeySequence &k : it.value()->shortcuts())
            actual << k.toString(QKeySequence::PortableText);
        EXPECT_TRUE(actual.contains(portable)) << file << ": " << g.path.toStdString() << " has " << actual.join(QLatin1Char(' ')).toStdString()
                                               << ", the guide says " << g.shortcut.toStdString();
    }
    EXPECT_GE(shortcuts, 5) << file;

    // The inspector's sections, as the guide lists them ("- **Audience and attention**:").
    const Case &c = w.document()->caseData();
    ActorId curry = kNoActor;
    for (std::size_t i = 0; i < c.actors.size(); ++i)
        if (c.actors[i].handle == QLatin1String("@AnnCurry"))
            curry = static_cast<ActorId>(i);
    ASSERT_NE(curry, kNoActor);
    w.document()->setSelectedActor(curry);
    ActorPage *page = w.inspector()->actorPage();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->measuresCurrent(); }, 10000));
    QStringList shown;
    for (QLabel *l : page->findChildren<QLabel *>())
        shown << l->text();
    static const QRegularExpression section(QStringLiteral(" - \\*\\*([^*]+)\\*\\*"));
    const qsizetype from = guide.indexOf(QStringLiteral("@AnnCurry"));
    int sections = 0;
    for (auto it = section.globalMatch(guide, from); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name.contains(QLatin1Char('>')) || name.contains(QLatin1Char('.')) || name.contains(QLatin1Char(',')))
            break; // past the inspector's list: the next task's menu entries
        ++sections;
        EXPECT_TRUE(shown.contains(name)) << file << ": the inspector has no section \"" << name.toStdString() << "\"";
    }
    EXPECT_EQ(sections, 5) << file;
}

} // namespace

TEST_F(TrainerGuide, TheEnglishGuideNamesWhatTheEnglishWindowHas)
{
    checkGuide(QStringLiteral("en"), "user-guide.md");
}

TEST_F(TrainerGuide, TheFrenchGuideNamesWhatTheFrenchWindowHas)
{
    checkGuide(QStringLiteral("fr"), "guide-utilisateur.md");
}
