// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presentation/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <atomic>
#include <memory>

namespace cascade::Language {

namespace {

constexpr const char *kSettingsKey = "interface/language";

struct Installed {
    std::unique_ptr<QTranslator> cascade;
    std::unique_ptr<QTranslator> qt;
    QString tag = QStringLiteral("en");
    std::atomic<int> generation{0};
};

Installed &installed()
{
    static Installed state;
    return state;
}

// Where the translations are looked for: the installed ones first (share/cascade/
// translations beside bin/, which a translator may update), then the compiled-in copies.
QStringList translationDirs()
{
    QStringList dirs;
    if (QCoreApplication::instance())
        dirs << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/cascade/translations");
    dirs << QStringLiteral(":/i18n");
    return dirs;
}

} // namespace

QStringList available()
{
    QStringList tags{QStringLiteral("en")};
    for (const QString &dir : translationDirs()) {
        const QStringList files = QDir(dir).entryList({QStringLiteral("cascade_*.qm")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const QString tag = f.mid(8, f.size() - 8 - 3);
            if (!tags.contains(tag))
                tags << tag;
        }
    }
    return tags;
}

QString nativeName(const QString &tag)
{
    const QLocale locale(tag);
    // Qt names the default English "American English": the menu offers the language.
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return tag;
    // "français" -> "Français": a menu entry starts with a capital.
    return name.left(1).toUpper() + name.mid(1);
}

QString saved()
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void save(const QString &tag)
{
    QSettings settings;
    if (tag.isEmpty())
        settings.remove(QLatin1String(kSettingsKey));
    else
        settings.setValue(QLatin1String(kSettingsKey), tag);
}

QString resolve(const QString &choice)
{
    const QStringList tags = available();
    QStringList wanted;
    if (!choice.isEmpty())
        wanted << choice;
    else
        wanted = QLocale::system().uiLanguages();
    for (const QString &w : wanted) {
        const QString language = QLocale(w).name().section(QLatin1Char('_'), 0, 0);
        if (tags.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString install(const QString &choice)
{
    Installed &state = installed();
    for (std::unique_ptr<QTranslator> *t : {&state.cascade, &state.qt}) {
        if (*t)
            QCoreApplication::removeTranslator(t->get());
        t->reset();
    }
    const QString tag = resolve(choice);
    QLocale::setDefault(QLocale(tag));
    state.tag = tag;
    state.generation.fetch_add(1, std::memory_order_release);
    // English too: its plural forms ("1 node", "2 nodes").
    for (const QString &dir : translationDirs()) {
        auto own = std::make_unique<QTranslator>();
        if (own->load(QStringLiteral("cascade_%1.qm").arg(tag), dir)) {
            QCoreApplication::installTranslator(own.get());
            state.cascade = std::move(own);
            break;
        }
    }
    if (tag == QLatin1String("en"))
        return tag;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(tag), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return tag;
}

const QString &current()
{
    return installed().tag;
}

int generation()
{
    return installed().generation.load(std::memory_order_acquire);
}

} // namespace cascade::Language
