// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cascade {

// The interface language: Cascade's texts (resources/translations, compiled into :/i18n and
// installed in share/cascade/translations, which is read first),
// Qt's own texts (its dialogs' buttons, from qt6-translations-l10n) and the locale of
// dates and numbers ("17 janv. 2010 11:52", "1 000 000"). It is chosen once, when the
// program starts: the --language option, else the choice saved by View > Language, else
// the system's locale; English when Cascade has no translation for it.
namespace Language {

// The languages Cascade speaks, as tags: "en" (the texts in the code) and one per
// translation compiled in ("fr").
QStringList available();
// The language's own name: "English", "Français".
QString nativeName(const QString &tag);
// The saved choice ("" follows the system).
QString saved();
void save(const QString &tag);
// The language the choice resolves to: an available tag.
QString resolve(const QString &choice);
// Installs the translators for the language and makes its locale the default; returns
// the tag installed. Safe to call again (the previous translators are removed).
QString install(const QString &choice);
// The tag installed last ("en" before any install). A reference: read on every text
// lookup, changed only by install().
const QString &current();
// Counts the installs, for caches of translated texts (measureinfo.cpp).
int generation();

} // namespace Language

} // namespace cascade
