// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade validate FILE...`: exit 0 when every file is a valid case; otherwise one
// FILE:LINE:COL: message line per problem on stderr and exit 1.
#include "app/cli/commands.h"

#include "core/io/casefile.h"

namespace cascade::cli {

int runValidate(const QStringList &args)
{
    if (args.isEmpty() || args.contains(QStringLiteral("--help"))) {
        printErr(QStringLiteral("Usage: cascade validate FILE..."));
        return args.isEmpty() ? 2 : 0;
    }
    int bad = 0;
    for (const QString &file : args) {
        const ReadResult result = readCaseFile(file);
        if (result.ok()) {
            printOut(QStringLiteral("%1: ok (%2 actors, %3 events)")
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
