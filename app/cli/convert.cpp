// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade convert CASE -o OUT.gexf|.graphml|.dot|.csv`: hands a case on to Gephi,
// networkx, igraph, Graphviz or a spreadsheet (core/io/export/exporters.h). The format
// follows the output's suffix. Exit 0 on success, 1 when the case cannot be read or the
// output written, 2 on a usage error.
#include "app/cli/commands.h"

#include "core/io/casefile.h"
#include "core/io/export/exporters.h"

namespace cascade::cli {

namespace {

QString usage()
{
    return QStringLiteral("Usage: cascade convert CASE -o OUT.gexf|OUT.graphml|OUT.dot|OUT.csv\n"
                          "  .gexf     GEXF 1.3 with dynamics, for Gephi's timeline\n"
                          "  .graphml  GraphML, for networkx, igraph, yEd, Cytoscape\n"
                          "  .dot      Graphviz DOT\n"
                          "  .csv      OUT.csv (one row per interaction), OUT-actors.csv, OUT-events.csv");
}

} // namespace

int runConvert(const QStringList &args)
{
    QString input;
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            printOut(usage());
            return 0;
        }
        if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (i + 1 >= args.size())
                return reportUsageError("convert", QStringLiteral("%1 needs a value").arg(a), usage());
            output = args[++i];
        } else if (a.startsWith(QLatin1String("--output="))) {
            output = a.mid(9);
        } else if (a.startsWith(QLatin1Char('-')) || !input.isEmpty()) {
            return reportUsageError("convert", QStringLiteral("unexpected argument \"%1\"").arg(a), usage());
        } else {
            input = a;
        }
    }
    if (input.isEmpty() || output.isEmpty())
        return reportUsageError("convert", QStringLiteral("needs a case and -o OUT"), usage());
    const std::optional<ExportFormat> format = exportFormatForPath(output);
    if (!format)
        return reportUsageError("convert", QStringLiteral("unknown output format \"%1\" (use .gexf, .graphml, .dot or .csv)").arg(output),
                                usage());
    const ReadResult read = readCaseFile(input);
    if (!read.ok()) {
        for (const CaseFileProblem &p : read.problems)
            printErr(p.toString());
        return 1;
    }
    QString error;
    if (!exportCase(*read.value, output, *format, &error)) {
        printErr(QStringLiteral("cascade convert: ") + error);
        return 1;
    }
    printOut(QStringLiteral("wrote %1 (%2 actors, %3 events)").arg(output, QString::number(read.value->actors.size()),
                                                                     QString::number(read.value->events.size())));
    return 0;
}

} // namespace cascade::cli
