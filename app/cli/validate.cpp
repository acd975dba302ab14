// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade validate FILE...`: exit 0 when every file is a valid case; otherwise one
// FILE:LINE:COL: message line per problem on stderr and exit 1.
#include "app/cli/commands.h"

#include "core/io/casefile.h"

#include <QCoreApplication>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

int runValidate(const QStringList &args)
{
    const QString usage = QStringLiteral("Usage: cascade validate FILE...\n")
                          + Text::tr("Checks each case file: \"FILE: ok\" with its counts, or one FILE:LINE:COL: line per problem; exit 1 when a file has one.");
    if (args.contains(QStringLiteral("--help"))) {
        printOut(usage);
        return 0;
    }
    if (args.isEmpty()) {
        printErr(usage);
        return 2;
    }
    int bad = 0;
    for (const QString &file : args) {
        const ReadResult result = readCaseFile(file);
        if (result.ok()) {
            printOut(Text::tr("%1: ok (%2 actors, %3 events)")
                         .arg(file, QString::number(result.value->actors.size()),
                              QString::number(result.value->events.size())));
            continue;
        }
        ++bad;
        for (const CaseFileProblem &problem : result.problems)
            printErr(problem.toString());
    }
    return bad ? 1 : 0;
}

} // namespace cascade::cli
