// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <map>

namespace cascade {

// A case's texts given again in other languages (docs/case-format.md, "Translations"):
// language tag ("fr", "en") -> field name ("title", "caption", ...) -> text. The case's
// own fields are in its main language (Case::language); the interface shows the
// translation in its language when there is one, else the field itself.
using Translations = std::map<QString, std::map<QString, QString>>;

// The field's text in `language`: its translation when given and not empty, else `base`.
inline const QString &translated(const Translations &t, const QString &language, const QString &field, const QString &base)
{
    const auto lang = t.find(language);
    if (lang == t.end())
        return base;
    const auto text = lang->second.find(field);
    return text == lang->second.end() || text->second.isEmpty() ? base : text->second;
}

} // namespace cascade
