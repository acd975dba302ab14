// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cascade {

struct Case;

// Privacy for slides: accounts with fewer than `threshold` followers (unknown counts,
// 0, included) are shown as "follower 1", "follower 2"... Numbers follow the order in
// which the accounts first take part in the case (as author, then as mentioned or
// reached party of an event, events in time order; actors never involved come last,
// by id), so an account keeps its pseudonym on every slide of a deck whatever the
// moment shown. Offline parties (platform "offline": press offices, an admiral's
// office) are organisations, not private accounts, and keep their names.
// A default-constructed Pseudonyms hides nobody.
class Pseudonyms
{
public:
    Pseudonyms() = default;
    Pseudonyms(const Case &c, std::int64_t threshold);

    bool enabled() const { return m_threshold > 0; }
    std::int64_t threshold() const { return m_threshold; }
    // How many actors are hidden.
    int count() const { return m_count; }

    bool isHidden(ActorId actor) const;
    // 1-based number of a hidden actor, 0 for one shown by name.
    int numberOf(ActorId actor) const;
    // The pseudonym of a hidden actor ("follower 3"), else its handle.
    QString label(ActorId actor) const;
    // The display name to show: empty for a hidden actor.
    QString name(ActorId actor) const;
    // Free text (titles, captions, notes) with every hidden actor's handle (with or
    // without its "@") and display name replaced by its pseudonym, whole words only.
    QString apply(const QString &text) const;

    // The text of pseudonym number n (1-based).
    static QString pseudonym(int n);

private:
    struct Replacement {
        QString needle;
        QString with;
    };

    std::int64_t m_threshold = 0;
    int m_count = 0;
    std::vector<int> m_number;      // by ActorId: 0 shown, else 1-based pseudonym number
    std::vector<QString> m_labels;  // by ActorId: handle or pseudonym (copies: no pointer into the case)
    std::vector<QString> m_names;   // by ActorId: display name, empty when hidden
    std::vector<Replacement> m_replacements; // longest needles first
};

} // namespace cascade
