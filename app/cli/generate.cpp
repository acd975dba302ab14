// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade generate [--actors N] [--events M] [--seed S] -o FILE`: writes a synthetic
// case (core/generate/generator.h). The same arguments give the same bytes. Exit 0 on
// success, 1 when the file cannot be written, 2 on a usage error.
#include "app/cli/commands.h"

#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <QCoreApplication>

#include <exception>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qsizetype kHelpWidth = 80; // the usage text's columns

QString usage()
{
    const GeneratorOptions defaults;
    return QStringList{
        QStringLiteral("Usage: cascade generate [--actors N] [--events M] [--seed S] -o FILE"),
        optionHelp(QStringLiteral("  --actors N   "),
                   Text::tr("number of actors, 1 to %1 (default %2)").arg(kMaxGeneratedActors).arg(defaults.actors), kHelpWidth),
        optionHelp(QStringLiteral("  --events M   "),
                   Text::tr("number of events, 0 to %1 (default %2)").arg(kMaxGeneratedEvents).arg(defaults.events), kHelpWidth),
        optionHelp(QStringLiteral("  --seed S     "), Text::tr("any unsigned 64-bit integer (default %1)").arg(defaults.seed),
                   kHelpWidth),
        optionHelp(QStringLiteral("  -o, --output FILE   "), Text::tr("where to write the case"), kHelpWidth),
    }.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    return reportUsageError("generate", message, usage());
}

QString summary(const Case &c, const QString &file, std::uint64_t seed)
{
    static const char *const plural[kEventKindCount] = {QT_TRANSLATE_NOOP("Cli", "%1 posts"), QT_TRANSLATE_NOOP("Cli", "%1 reposts"),
                                                        QT_TRANSLATE_NOOP("Cli", "%1 replies"), QT_TRANSLATE_NOOP("Cli", "%1 quotes"),
                                                        QT_TRANSLATE_NOOP("Cli", "%1 offline")};
    qsizetype count[kEventKindCount] = {};
    for (const Event &e : c.events)
        ++count[static_cast<int>(e.kind)];
    QStringList kinds;
    for (int k = 0; k < kEventKindCount; ++k)
        kinds << Text::tr(plural[k]).arg(QString::number(count[k]));
    if (c.events.empty())
        return Text::tr("%1: %2 actors, %3 events (%4), seed %5")
            .arg(file, QString::number(c.actors.size()), QString::number(c.events.size()), kinds.join(QStringLiteral(", ")),
                 QString::number(seed));
    return Text::tr("%1: %2 actors, %3 events (%4), seed %5, %6 to %7")
        .arg(file, QString::number(c.actors.size()), QString::number(c.events.size()), kinds.join(QStringLiteral(", ")),
             QString::number(seed), formatIsoUtc(c.startTime()), formatIsoUtc(c.endTime()));
}

} // namespace

int runGenerate(const QStringList &args)
{
    GeneratorOptions options;
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args[i];
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            printOut(usage());
            return 0;
        }
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        const bool known = name == QLatin1String("--actors") || name == QLatin1String("--events")
            || name == QLatin1String("--seed") || name == QLatin1String("-o") || name == QLatin1String("--output");
        if (!known)
            return usageError(Text::tr("unknown argument \"%1\"").arg(args[i]));
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return usageError(Text::tr("%1 needs a value").arg(name));
            value = args[++i];
        }
        bool ok = false;
        if (name == QLatin1String("--actors")) {
            options.actors = value.toLongLong(&ok);
        } else if (name == QLatin1String("--events")) {
            options.events = value.toLongLong(&ok);
        } else if (name == QLatin1String("--seed")) {
            options.seed = value.toULongLong(&ok);
            ok = ok && !value.startsWith(QLatin1Char('-')) && !value.startsWith(QLatin1Char('+'));
        } else {
            output = value;
            ok = !value.isEmpty();
        }
        if (!ok)
            return usageError(Text::tr("invalid value \"%1\" for %2").arg(value, name));
    }
    if (output.isEmpty())
        return usageError(Text::tr("no output file (-o FILE)"));
    if (const QString problem = checkGeneratorOptions(options); !problem.isEmpty())
        return usageError(problem);

    Case c;
    try {
        c = generateCase(options);
    } catch (const std::exception &e) { // out of memory for the largest cases
        printErr(QStringLiteral("cascade generate: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    QString error;
    if (!writeCaseFile(c, output, &error)) {
        printErr(QStringLiteral("cascade generate: ") + error); // names the file
        return 1;
    }
    printOut(summary(c, output, options.seed));
    return 0;
}

} // namespace cascade::cli
