// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/classify/roster.h"

#include "core/io/import/csvtable.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace cascade {

namespace {

const QString kHandle = QStringLiteral("handle");
const QString kPlatformId = QStringLiteral("platform_id");
const QString kRole = QStringLiteral("role");
const QString kName = QStringLiteral("name");
const QString kNote = QStringLiteral("note");

// Role id or label -> role, both case folded.
QHash<QString, RoleId> roleLookup(const std::vector<Role> &roles)
{
    QHash<QString, RoleId> byName;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const auto id = static_cast<RoleId>(i);
        byName.insert(roles[i].id.toCaseFolded(), id);
        byName.insert(roles[i].label.trimmed().toCaseFolded(), id);
    }
    return byName;
}

QString roleNames(const std::vector<Role> &roles)
{
    QStringList ids;
    for (const Role &r : roles)
        ids << r.id;
    return ids.join(QStringLiteral(", "));
}

} // namespace

QString RosterProblem::toString() const
{
    return QStringLiteral("line %1: %2").arg(QString::number(line), message);
}

std::optional<Roster> readRoster(const QString &path, const std::vector<Role> &roles, QString *error)
{
    CsvTable table(path);
    if (!table.open(error))
        return std::nullopt;
    if (!table.readHeader(kRole)) {
        *error = QStringLiteral("%1: no header row with a \"role\" column (the roster's columns are "
                                "handle or platform_id, role, and optionally name and note)")
                     .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    if (!table.hasColumn(kHandle) && !table.hasColumn(kPlatformId)) {
        *error = QStringLiteral("%1: the header has neither a \"handle\" nor a \"platform_id\" column")
                     .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }

    const QHash<QString, RoleId> byName = roleLookup(roles);
    // A line must reach the last of the columns it is matched on and the role.
    const int needed = std::max({table.columnIndex(kRole), table.columnIndex(kHandle),
                                 table.columnIndex(kPlatformId)})
                       + 1;

    const int handleColumn = table.columnIndex(kHandle);
    const int platformIdColumn = table.columnIndex(kPlatformId);
    const int roleColumn = table.columnIndex(kRole);
    const int nameColumn = table.columnIndex(kName);
    const int noteColumn = table.columnIndex(kNote);

    Roster roster;
    roster.path = path;
    while (table.next()) {
        const std::int64_t line = table.lineNumber();
        auto problem = [&](QString message) { roster.problems.push_back({line, std::move(message)}); };
        if (table.fieldCount() < needed) {
            const int n = table.fieldCount();
            problem(QStringLiteral("%1 %2 where the header has %3 columns (a missing \"%4\"?)")
                        .arg(QString::number(n), n == 1 ? QStringLiteral("field") : QStringLiteral("fields"),
                             QString::number(table.columnCount()),
                             table.delimiter() == QLatin1Char('\t') ? QStringLiteral("tab") : QString(table.delimiter())));
            continue;
        }
        RosterEntry e;
        e.line = line;
        e.handle = table.cellAt(handleColumn);
        e.platformId = table.cellAt(platformIdColumn);
        e.name = table.cellAt(nameColumn);
        e.note = table.cellAt(noteColumn);
        if (e.handle.isEmpty() && e.platformId.isEmpty()) {
            problem(QStringLiteral("no handle and no platform id"));
            continue;
        }
        const QString role = table.cellAt(roleColumn);
        if (role.isEmpty()) {
            problem(QStringLiteral("%1 has no role").arg(e.handle.isEmpty() ? e.platformId : e.handle));
            continue;
        }
        e.role = byName.value(role.toCaseFolded(), kNoRole);
        if (e.role == kNoRole) {
            problem(QStringLiteral("unknown role \"%1\" (the case's roles are %2)").arg(role, roleNames(roles)));
            continue;
        }
        roster.entries.push_back(std::move(e));
    }
    if (table.unterminatedQuote())
        roster.problems.push_back({table.lineNumber(), QStringLiteral("a quoted field is not closed before the end of the file")});
    return roster;
}

RosterMatch matchRoster(const Case &c, const Roster &roster)
{
    QHash<QString, ActorId> byPlatformId;
    bool anyPlatformId = false;
    for (const RosterEntry &e : roster.entries)
        anyPlatformId = anyPlatformId || !e.platformId.isEmpty();
    if (anyPlatformId) {
        byPlatformId.reserve(static_cast<qsizetype>(c.actors.size()));
        for (std::size_t i = 0; i < c.actors.size(); ++i)
            if (!c.actors[i].platformId.isEmpty())
                byPlatformId.insert(c.actors[i].platformId, static_cast<ActorId>(i));
    }

    RosterMatch match;
    std::vector<std::int64_t> matchedBy(c.actors.size(), 0); // the line that took each actor
    for (const RosterEntry &e : roster.entries) {
        ActorId a = kNoActor;
        if (!e.platformId.isEmpty())
            a = byPlatformId.value(e.platformId, kNoActor);
        if (a == kNoActor && !e.handle.isEmpty())
            a = c.findActor(e.handle);
        if (a == kNoActor) {
            ++match.notInCase;
            continue;
        }
        const auto ai = static_cast<std::size_t>(a);
        if (matchedBy[ai] != 0) {
            match.problems.push_back({e.line, QStringLiteral("%1 is already classified by line %2; this line is ignored")
                                                  .arg(c.actors[ai].handle, QString::number(matchedBy[ai]))});
            continue;
        }
        matchedBy[ai] = e.line;
        const Actor &actor = c.actors[ai];
        ActorClassification change;
        change.actor = a;
        change.from = actor.role;
        change.to = e.role;
        change.line = e.line;
        if (actor.name.isEmpty() && !e.name.isEmpty())
            change.name = e.name;
        if (actor.note.isEmpty() && !e.note.isEmpty())
            change.note = e.note;
        if (change.from == change.to && !change.name && !change.note) {
            ++match.alreadyClassified;
            continue;
        }
        match.changes.push_back(std::move(change));
    }
    std::sort(match.changes.begin(), match.changes.end(),
              [](const ActorClassification &x, const ActorClassification &y) { return x.actor < y.actor; });
    std::sort(match.problems.begin(), match.problems.end(),
              [](const RosterProblem &x, const RosterProblem &y) { return x.line < y.line; });
    return match;
}

void applyClassification(Case &c, const std::vector<ActorClassification> &changes)
{
    for (const ActorClassification &ch : changes) {
        Actor &a = c.actors[static_cast<std::size_t>(ch.actor)];
        a.role = ch.to;
        if (ch.name)
            a.name = *ch.name;
        if (ch.note)
            a.note = *ch.note;
    }
}

void revertClassification(Case &c, const std::vector<ActorClassification> &changes)
{
    for (const ActorClassification &ch : changes) {
        Actor &a = c.actors[static_cast<std::size_t>(ch.actor)];
        a.role = ch.from;
        if (ch.name)
            a.name.clear();
        if (ch.note)
            a.note.clear();
    }
}

} // namespace cascade
