// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade layout FILE [--engine E] [--seed S] [-o FILE] [--png IMAGE]`: lays the case
// out and stores the layout in the case file (Case::layouts, by engine name), keeping
// the positions pinned by hand. Exit 0 on success, 1 on failure, 2 on a usage error.
#include "app/cli/commands.h"

#include "app/cli/layoutpicture.h"
#include "core/io/casefile.h"
#include "core/layout/layoutengine.h"

#include <QCoreApplication>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qsizetype kHelpWidth = 100; // the usage text's columns

QString usage()
{
    return QStringList{
        QStringLiteral("Usage: cascade layout FILE [--engine E] [--seed S] [-o FILE] [--png IMAGE]"),
        optionHelp(QStringLiteral("  --engine E     "), Text::tr("auto (default), dot, twopi, neato, sfdp, balloon or swimlane"), kHelpWidth),
        optionHelp(QStringLiteral("  --seed S       "), Text::tr("any unsigned integer (default 1): same case and seed, same layout"),
                   kHelpWidth),
        optionHelp(QStringLiteral("  -o, --output FILE   "), Text::tr("where to write the case with its layout (default: FILE itself)"),
                   kHelpWidth),
        optionHelp(QStringLiteral("  --no-write     "), Text::tr("lay out and report, but write no case file"), kHelpWidth),
        optionHelp(QStringLiteral("  --png IMAGE    "),
                   Text::tr("also paint the layout into a PNG image (--png-size N pixels, default 2400)"), kHelpWidth),
        optionHelp(QStringLiteral("  --in-process   "), Text::tr("run Graphviz in this process instead of a child process"), kHelpWidth),
    }.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    return reportUsageError("layout", message, usage());
}

} // namespace

int runLayout(const QStringList &args)
{
    QString input;
    QString output;
    QString png;
    int pngSize = 2400;
    bool write = true;
    LayoutOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printOut(usage());
            return 0;
        }
        auto value = [&](QString &out) {
            if (i + 1 >= args.size())
                return false;
            out = args[++i];
            return true;
        };
        QString v;
        if (arg == QLatin1String("--engine")) {
            if (!value(v))
                return usageError(Text::tr("--engine needs a value"));
            const std::optional<LayoutEngineKind> kind = layoutEngineFromName(v);
            if (!kind)
                return usageError(Text::tr("unknown engine \"%1\"").arg(v));
            options.engine = *kind;
        } else if (arg == QLatin1String("--seed")) {
            bool ok = false;
            options.seed = value(v) ? v.toULongLong(&ok) : 0;
            if (!ok || v.startsWith(QLatin1Char('-')) || v.startsWith(QLatin1Char('+')))
                return usageError(Text::tr("invalid seed \"%1\"").arg(v));
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (!value(output) || output.isEmpty())
                return usageError(Text::tr("%1 needs a file").arg(arg));
        } else if (arg == QLatin1String("--png")) {
            if (!value(png) || png.isEmpty())
                return usageError(Text::tr("--png needs a file"));
        } else if (arg == QLatin1String("--png-size")) {
            bool ok = false;
            pngSize = value(v) ? v.toInt(&ok) : 0;
            if (!ok || pngSize < 100 || pngSize > 20000)
                return usageError(Text::tr("invalid --png-size \"%1\" (100 to 20000)").arg(v));
        } else if (arg == QLatin1String("--no-write")) {
            write = false;
        } else if (arg == QLatin1String("--in-process")) {
            options.isolateGraphviz = false;
        } else if (arg.startsWith(QLatin1Char('-')) || !input.isEmpty()) {
            return usageError(Text::tr("unexpected argument \"%1\"").arg(arg));
        } else {
            input = arg;
        }
    }
    if (input.isEmpty())
        return usageError(Text::tr("no case file"));

    ReadResult read = readCaseFile(input);
    if (!read.ok()) {
        for (const CaseFileProblem &problem : read.problems)
            printErr(problem.toString());
        return 1;
    }
    Case &c = *read.value;
    const LayoutGraph graph = buildLayoutGraph(c);
    const LayoutEngineKind kind = options.engine == LayoutEngineKind::Auto ? chooseEngine(graph, options) : options.engine;
    const QString engine = layoutEngineName(kind);
    options.pins = LayoutEngine::pinsOf(c, engine);
    const LayoutResult result = LayoutEngine::run(graph, options);
    if (!result.ok()) {
        printErr(QStringLiteral("cascade layout: %1: %2").arg(input, result.error));
        return 1;
    }
    if (!result.note.isEmpty())
        printOut(result.note);
    printOut(Text::tr("%1: %2 layout of %3 actors (%4 active), %5 edges in %6 s; %7 x %8 points; fingerprint %9")
                 .arg(input, result.engine, QString::number(result.actorCount()), QString::number(graph.activeCount),
                      QString::number(result.edges.size()), QString::number(result.seconds, 'f', 3),
                      QString::number(result.bounds.width(), 'f', 0), QString::number(result.bounds.height(), 'f', 0),
                      QString::fromLatin1(layoutFingerprint(result))));
    if (!png.isEmpty()) {
        QString error;
        if (!writeLayoutPicture(c, result, png, pngSize, &error)) {
            printErr(QStringLiteral("cascade layout: ") + error);
            return 1;
        }
    }
    if (!write)
        return 0;
    c.layouts[engine] = LayoutEngine::save(result, options.pins);
    const QString target = output.isEmpty() ? input : output;
    QString error;
    if (!writeCaseFile(c, target, &error)) {
        printErr(QStringLiteral("cascade layout: ") + error);
        return 1;
    }
    return 0;
}

} // namespace cascade::cli
