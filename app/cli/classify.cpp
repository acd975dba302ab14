// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade classify CASE --roster FILE [-o OUT] [--dry-run]`: gives the actors a roster
// names their roles (and the display names and notes they lack), and writes the case.
// Exit 0 on success (problem lines are reported, not fatal), 1 on failure, 2 on a usage
// error.
#include "app/cli/commands.h"

#include "core/classify/roster.h"
#include "core/io/casefile.h"

#include <QCoreApplication>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The usage text's columns.
constexpr qsizetype kHelpWidth = 80;

QString usage()
{
    return QStringList{
        QStringLiteral("Usage: cascade classify CASE --roster FILE [-o OUT] [--dry-run] [--list]"),
        optionHelp(QStringLiteral("  --roster FILE  "),
                   Text::tr("a CSV with a header row: handle and/or platform_id, role, and optionally name and note "
                            "(comma, semicolon or tab separated)"),
                   kHelpWidth),
        optionHelp(QStringLiteral("  -o, --output OUT  "), Text::tr("where to write the classified case (default: CASE itself)"),
                   kHelpWidth),
        optionHelp(QStringLiteral("  --dry-run      "), Text::tr("report what would change, write nothing"), kHelpWidth),
        optionHelp(QStringLiteral("  --list         "), Text::tr("print one line per actor whose role changes"), kHelpWidth),
    }.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    return reportUsageError("classify", message, usage());
}

QString roleName(const Case &c, RoleId role)
{
    return role == kNoRole ? Text::tr("(none)") : c.roles[static_cast<std::size_t>(role)].id;
}

} // namespace

int runClassify(const QStringList &args)
{
    QString input;
    QString rosterPath;
    QString output;
    bool write = true;
    bool list = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printOut(usage());
            return 0;
        }
        if (arg == QLatin1String("--roster") || arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (i + 1 >= args.size() || args[i + 1].isEmpty())
                return usageError(Text::tr("%1 needs a file").arg(arg));
            (arg == QLatin1String("--roster") ? rosterPath : output) = args[++i];
        } else if (arg == QLatin1String("--dry-run")) {
            write = false;
        } else if (arg == QLatin1String("--list")) {
            list = true;
        } else if (arg.startsWith(QLatin1Char('-')) || !input.isEmpty()) {
            return usageError(Text::tr("unexpected argument \"%1\"").arg(arg));
        } else {
            input = arg;
        }
    }
    if (input.isEmpty())
        return usageError(Text::tr("no case file"));
    if (rosterPath.isEmpty())
        return usageError(Text::tr("no --roster file"));

    ReadResult read = readCaseFile(input);
    if (!read.ok()) {
        for (const CaseFileProblem &problem : read.problems)
            printErr(problem.toString());
        return 1;
    }
    Case &c = *read.value;
    QString error;
    const std::optional<Roster> roster = readRoster(rosterPath, c.roles, &error);
    if (!roster) {
        printErr(QStringLiteral("cascade classify: ") + error);
        return 1;
    }
    const RosterMatch match = matchRoster(c, *roster);
    for (const RosterProblem &p : roster->problems)
        printErr(QStringLiteral("%1:%2").arg(rosterPath, p.toString()));
    for (const RosterProblem &p : match.problems)
        printErr(QStringLiteral("%1:%2").arg(rosterPath, p.toString()));
    std::int64_t roleChanges = 0;
    for (const ActorClassification &ch : match.changes) {
        if (ch.from == ch.to)
            continue;
        ++roleChanges;
        if (list)
            printOut(Text::tr("%1: %2 -> %3 (line %4)")
                         .arg(c.actors[static_cast<std::size_t>(ch.actor)].handle, roleName(c, ch.from),
                              roleName(c, ch.to), QString::number(ch.line)));
    }
    printOut(Text::tr("%1: %2 roster lines; %3 actors change role, %4 more get a name or note; %5 already "
                      "had their role, %6 lines name no actor of the case, %7 lines not used")
                 .arg(rosterPath, QString::number(roster->entries.size() + roster->problems.size()),
                      QString::number(roleChanges),
                      QString::number(static_cast<std::int64_t>(match.changes.size()) - roleChanges),
                      QString::number(match.alreadyClassified), QString::number(match.notInCase),
                      QString::number(roster->problems.size() + match.problems.size())));
    if (!write)
        return 0;
    applyClassification(c, match.changes);
    const QString target = output.isEmpty() ? input : output;
    if (!writeCaseFile(c, target, &error)) {
        printErr(QStringLiteral("cascade classify: ") + error);
        return 1;
    }
    return 0;
}

} // namespace cascade::cli
