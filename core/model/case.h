// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/actor.h"
#include "core/model/classificationrule.h"
#include "core/model/event.h"
#include "core/model/ids.h"
#include "core/model/milestone.h"
#include "core/model/note.h"
#include "core/model/role.h"
#include "core/model/savedlayout.h"
#include "core/model/source.h"
#include "core/model/translations.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <map>
#include <vector>

namespace cascade {

// A case: who took part, what happened when, and the story a trainer tells about it.
// A plain value type. Ids are indexes: actors[a], events[e], roles[r], sources[s].
// Invariants (checked by checkInvariants(), kept by the reader, the importers and the
// generator): events sorted by time, parents earlier in the vector than their
// children, every id in range, handles, event keys, role ids and source ids unique.
struct Case {
    QString title;
    QString summary;
    QString displayZone = QStringLiteral("UTC"); // IANA zone used for labels only
    QString language;                             // main language of the texts
    Translations translations;                    // "title", "summary" in other languages
    ActorId origin = kNoActor;                    // where the message starts
    std::vector<ActorId> targets;                 // whom it is meant to reach

    std::vector<Role> roles;
    std::vector<Actor> actors;
    std::vector<Event> events;
    std::vector<Milestone> milestones; // sorted by time
    std::vector<Note> notes;
    std::vector<Source> sources;
    std::vector<ClassificationRule> rules; // Case > Classify..., in the order they are tried
    std::map<QString, SavedLayout> layouts; // by engine name

    QByteArray extra; // unknown top-level JSON members, kept for round trips

    // Lookups by key. The index is built on first use after a change (not thread-safe
    // then: build it with one lookup before sharing a Case across threads); call
    // invalidateIndex() after editing handles, keys or ids by hand.
    ActorId actorByHandle(const QString &handle) const;
    // The actor a person means by `typed` (a command-line option, a roster line, a
    // search): the exact handle first, else the one handle equal to it ignoring case and
    // a leading '@' ("anncurry" finds "@AnnCurry"). kNoActor when none matches, or when
    // several differ only that way and none is exact. Not thread-safe on its first
    // inexact lookup, which builds a second table.
    ActorId findActor(const QString &typed) const;
    EventId eventByKey(const QString &key) const;
    RoleId roleById(const QString &id) const;
    SourceId sourceById(const QString &id) const;
    void invalidateIndex() const;

    // First and last event times (0 when there are no events).
    TimeMs startTime() const;
    TimeMs endTime() const;

    // Sorts events by time (stable), remapping every EventId reference.
    void sortEvents();

    // A readable description of the first broken invariant, or an empty string.
    QString checkInvariants() const;

    friend bool operator==(const Case &a, const Case &b);

private:
    struct Index {
        bool built = false;
        QHash<QString, ActorId> actors;
        QHash<QString, ActorId> looseActors; // handleMatchKey() -> actor, -2 when shared
        bool looseBuilt = false;              // looseActors is built by findActor(), when needed
        QHash<QString, EventId> events;
        QHash<QString, RoleId> roles;
        QHash<QString, SourceId> sources;
    };
    const Index &index() const;
    mutable Index m_index;
};

// How findActor() compares handles: without a leading '@' or surrounding spaces, case
// folded.
QString handleMatchKey(const QString &handle);

// A case with the default palette and nothing else.
Case makeEmptyCase();

} // namespace cascade
