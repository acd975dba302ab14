// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade generate [--actors N] [--events M] [--seed S] -o FILE`: writes a synthetic
// case (core/generate/generator.h). The same arguments give the same bytes. Exit 0 on
// success, 1 when the file cannot be written, 2 on a usage error.
#include "app/cli/commands.h"

#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <exception>

namespace cascade::cli {

namespace {

QString usage()
{
    return QStringLiteral("Usage: cascade generate [--actors N] [--events M] [--seed S] -o FILE\n"
                          "  --actors N   number of actors, 1 to %1 (default %2)\n"
                          "  --events M   number of events, 0 to %3 (default %4)\n"
                          "  --seed S     any unsigned 64-bit integer (default %5)\n"
                          "  -o, --output FILE   where to write the case")
        .arg(kMaxGeneratedActors)
        .arg(GeneratorOptions{}.actors)
        .arg(kMaxGeneratedEvents)
        .arg(GeneratorOptions{}.events)
        .arg(GeneratorOptions{}.seed);
}

int usageError(const QString &message)
{
    return reportUsageError("generate", message, usage());
}

QString summary(const Case &c, const QString &file, std::uint64_t seed)
{
    static const char *const plural[kEventKindCount] = {"posts", "reposts", "replies", "quotes", "offline"};
    qsizetype count[kEventKindCount] = {};
    for (const Event &e : c.events)
        ++count[static_cast<int>(e.kind)];
    QString kinds;
    for (int k = 0; k < kEventKindCount; ++k)
        kinds += (k ? QStringLiteral(", ") : QString()) + QString::number(count[k]) + QLatin1Char(' ')
            + QLatin1String(plural[k]);
    QString line = QStringLiteral("%1: %2 actors, %3 events (%4), seed %5")
                       .arg(file, QString::number(c.actors.size()), QString::number(c.events.size()), kinds,
                            QString::number(seed));
    if (!c.events.empty())
        line += QStringLiteral(", %1 to %2").arg(formatIsoUtc(c.startTime()), formatIsoUtc(c.endTime()));
    return line;
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
            return usageError(QStringLiteral("unknown argument \"%1\"").arg(args[i]));
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("%1 needs a value").arg(name));
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
            return usageError(QStringLiteral("invalid value \"%1\" for %2").arg(value, name));
    }
    if (output.isEmpty())
        return usageError(QStringLiteral("no output file (-o FILE)"));
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
