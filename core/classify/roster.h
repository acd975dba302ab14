// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace cascade {

// A roster: the CSV a communication team keeps of the accounts it knows, one per line,
// with the role it gives each. Applied to a case, it classifies the actors it names.
//
// The file has a header row naming its columns (any order, any case): `handle` or
// `platform_id` (at least one), `role`, and optionally `name` and `note`. Comma, semicolon
// or tab separated, RFC 4180 quoting, UTF-8 with or without a BOM. A role is a role id
// or label of the case ("journalist" or "Journalist").
struct RosterEntry {
    std::int64_t line = 0; // 1-based line of the file
    QString handle;        // as written; matched with Case::findActor()
    QString platformId;
    RoleId role = kNoRole;
    QString name;
    QString note;
};

// A line of the roster that was not used, and why.
struct RosterProblem {
    std::int64_t line = 0;
    QString message;
    QString toString() const;
};

struct Roster {
    QString path;
    std::vector<RosterEntry> entries; // in file order
    std::vector<RosterProblem> problems;
};

// Reads a roster, resolving roles against `roles`. Lines that cannot be used (too few
// columns, no handle, an unknown role) become problems and the rest is read; nullopt and
// `error` when the file cannot be read at all or has no usable header.
std::optional<Roster> readRoster(const QString &path, const std::vector<Role> &roles, QString *error);

// What a roster changes in a case: one entry per actor it touches.
struct ActorClassification {
    ActorId actor = kNoActor;
    RoleId from = kNoRole;
    RoleId to = kNoRole;
    std::optional<QString> name; // set when the roster fills an empty display name
    std::optional<QString> note; // set when the roster fills an empty note
    std::int64_t line = 0;       // the roster line that gave it
};

struct RosterMatch {
    std::vector<ActorClassification> changes; // by actor id
    std::int64_t alreadyClassified = 0;       // lines whose actor already had that role
    std::int64_t notInCase = 0;               // lines naming no actor of the case
    std::vector<RosterProblem> problems;      // a second line for an actor already matched
};

// Matches a roster against a case: by platform id when the line has one and an actor
// of the case has it, else by handle (ignoring case and a leading '@'). The first line
// naming an actor wins. Fields the actor has already are kept; only the role is
// overwritten.
RosterMatch matchRoster(const Case &c, const Roster &roster);

// Applies the changes (the new roles, the filled names and notes) to `c`.
void applyClassification(Case &c, const std::vector<ActorClassification> &changes);
// Puts back what applyClassification() changed.
void revertClassification(Case &c, const std::vector<ActorClassification> &changes);

} // namespace cascade
