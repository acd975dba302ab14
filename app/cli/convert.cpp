// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade convert CASE -o OUT.gexf|.graphml|.dot|.csv`: hands a case on to Gephi,
// networkx, igraph, Graphviz or a spreadsheet (core/io/export/exporters.h). The format
// follows the output's suffix. Exit 0 on success, 1 when the case cannot be read or the
// output written, 2 on a usage error.
#include "app/cli/commands.h"

#include "core/io/casefile.h"
#include "core/io/export/exporters.h"

#include <QCoreApplication>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qsizetype kHelpWidth = 80; // the usage text's columns

QString usage()
{
    return QStringList{
        QStringLiteral("Usage: cascade convert CASE -o OUT.gexf|OUT.graphml|OUT.dot|OUT.csv"),
        optionHelp(QStringLiteral("  .gexf     "), Text::tr("GEXF 1.3 with dynamics, for Gephi's timeline"), kHelpWidth),
        optionHelp(QStringLiteral("  .graphml  "), Text::tr("GraphML, for networkx, igraph, yEd, Cytoscape"), kHelpWidth),
        QStringLiteral("  .dot      Graphviz DOT"),
        optionHelp(QStringLiteral("  .csv      "), Text::tr("OUT.csv (one row per interaction), OUT-actors.csv, OUT-events.csv"),
                   kHelpWidth),
    }.join(QLatin1Char('\n'));
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
                return reportUsageError("convert", Text::tr("%1 needs a value").arg(a), usage());
            output = args[++i];
        } else if (a.startsWith(QLatin1String("--output="))) {
            output = a.mid(9);
        } else if (a.startsWith(QLatin1Char('-')) || !input.isEmpty()) {
            return reportUsageError("convert", Text::tr("unexpected argument \"%1\"").arg(a), usage());
        } else {
            input = a;
        }
    }
    if (input.isEmpty() || output.isEmpty())
        return reportUsageError("convert", Text::tr("needs a case and -o OUT"), usage());
    const std::optional<ExportFormat> format = exportFormatForPath(output);
    if (!format)
        return reportUsageError("convert", Text::tr("unknown output format \"%1\" (use .gexf, .graphml, .dot or .csv)").arg(output),
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
    printOut(Text::tr("wrote %1 (%2 actors, %3 events)").arg(output, QString::number(read.value->actors.size()),
                                                                     QString::number(read.value->events.size())));
    return 0;
}

} // namespace cascade::cli
