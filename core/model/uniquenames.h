// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <utility>

namespace cascade {

// Hands out names unique among those taken: the name wanted, else the first free of
// name + separator + 2, 3... (actor handles "@bob~2", source ids "import-1-2"). Compared
// in lower case when foldCase. Each name's next number is remembered, so that many
// accounts with one handle cost no more than many handles.
class UniqueNames {
public:
    explicit UniqueNames(QString separator, bool foldCase) : m_separator(std::move(separator)), m_foldCase(foldCase) { }

    // Marks `name` as taken (a name already in use).
    void reserve(const QString &name) { m_taken.insert(key(name)); }
    bool isTaken(const QString &name) const { return m_taken.contains(key(name)); }

    // `wanted` or the first free numbered variant of it, now taken.
    QString take(const QString &wanted)
    {
        if (!isTaken(wanted)) {
            reserve(wanted);
            return wanted;
        }
        int &n = m_next[key(wanted)];
        if (n < 2)
            n = 2;
        QString name;
        do
            name = wanted + m_separator + QString::number(n++);
        while (isTaken(name));
        reserve(name);
        return name;
    }

private:
    QString key(const QString &name) const { return m_foldCase ? name.toLower() : name; }

    QString m_separator;
    bool m_foldCase;
    QSet<QString> m_taken;
    QHash<QString, int> m_next; // by key of the wanted name
};

} // namespace cascade
