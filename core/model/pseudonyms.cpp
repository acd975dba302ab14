// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/pseudonyms.h"

#include "core/model/case.h"

#include <algorithm>

namespace cascade {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Replaces whole-word occurrences of `needle` in `text` (case-sensitive for handles is
// too strict: platforms treat handles case-insensitively, so compare without case).
void replaceWord(QString &text, const QString &needle, const QString &with)
{
    if (needle.isEmpty())
        return;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            return;
        const qsizetype end = at + needle.size();
        const bool startsWord = !isWordChar(needle.front()) || at == 0 || !isWordChar(text[at - 1]);
        const bool endsWord = !isWordChar(needle.back()) || end >= text.size() || !isWordChar(text[end]);
        if (startsWord && endsWord) {
            text.replace(at, needle.size(), with);
            from = at + with.size();
        } else {
            from = at + 1;
        }
    }
}

} // namespace

Pseudonyms::Pseudonyms(const Case &c, std::int64_t threshold)
    : m_threshold(std::max<std::int64_t>(threshold, 0))
{
    const std::size_t n = c.actors.size();
    m_number.assign(n, 0);
    m_labels.resize(n);
    m_names.resize(n);
    for (std::size_t a = 0; a < n; ++a) {
        m_labels[a] = c.actors[a].handle;
        m_names[a] = c.actors[a].name;
    }
    if (m_threshold == 0)
        return;

    auto hideable = [&](ActorId a) {
        const Actor &actor = c.actors[static_cast<std::size_t>(a)];
        return actor.followers < m_threshold && actor.platform != QLatin1String("offline");
    };
    auto number = [&](ActorId a) {
        if (a < 0 || static_cast<std::size_t>(a) >= n || m_number[static_cast<std::size_t>(a)] != 0 || !hideable(a))
            return;
        m_number[static_cast<std::size_t>(a)] = ++m_count;
    };
    for (const Event &e : c.events) {
        number(e.author);
        for (ActorId m : e.mentions)
            number(m);
        for (ActorId r : e.reached)
            number(r);
    }
    for (std::size_t a = 0; a < n; ++a)
        number(static_cast<ActorId>(a));

    for (std::size_t a = 0; a < n; ++a) {
        if (m_number[a] == 0)
            continue;
        const QString with = pseudonym(m_number[a]);
        const Actor &actor = c.actors[a];
        m_labels[a] = with;
        m_names[a].clear();
        m_replacements.push_back({actor.handle, with});
        // The bare handle ("twitter.com/jane_doe") when it cannot be an ordinary word.
        const QString bare = actor.handle.startsWith(QLatin1Char('@')) ? actor.handle.mid(1) : QString();
        const bool wordLike = std::all_of(bare.cbegin(), bare.cend(), [](QChar ch) { return ch.isLetter(); });
        if (bare.size() >= 4 && (!wordLike || bare.size() >= 8))
            m_replacements.push_back({bare, with});
        if (actor.name.size() >= 3 && actor.name.compare(actor.handle, Qt::CaseInsensitive) != 0)
            m_replacements.push_back({actor.name, with});
    }
    // Longest first, so that "@ann_b" is replaced before a hidden "@ann" could cut it.
    std::stable_sort(m_replacements.begin(), m_replacements.end(),
                     [](const Replacement &x, const Replacement &y) { return x.needle.size() > y.needle.size(); });
}

bool Pseudonyms::isHidden(ActorId actor) const
{
    return numberOf(actor) != 0;
}

int Pseudonyms::numberOf(ActorId actor) const
{
    if (actor < 0 || static_cast<std::size_t>(actor) >= m_number.size())
        return 0;
    return m_number[static_cast<std::size_t>(actor)];
}

QString Pseudonyms::label(ActorId actor) const
{
    if (actor < 0 || static_cast<std::size_t>(actor) >= m_labels.size())
        return {};
    return m_labels[static_cast<std::size_t>(actor)];
}

QString Pseudonyms::name(ActorId actor) const
{
    if (actor < 0 || static_cast<std::size_t>(actor) >= m_names.size())
        return {};
    return m_names[static_cast<std::size_t>(actor)];
}

QString Pseudonyms::apply(const QString &text) const
{
    if (m_replacements.empty() || text.isEmpty())
        return text;
    QString out = text;
    for (const Replacement &r : m_replacements)
        replaceWord(out, r.needle, r.with);
    return out;
}

QString Pseudonyms::pseudonym(int n)
{
    return QStringLiteral("follower %1").arg(n);
}

} // namespace cascade
