// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade import [--format F] INPUT... -o CASE [--rule recent|first|root]`: builds one
// case from collected data (core/io/import/importer.h), prints the import report, writes
// the case atomically. Exit 0 on success, 1 when the import or the write fails (the
// message names file and line), 2 on a usage error.
#include "app/cli/commands.h"

#include "core/io/casefile.h"
#include "core/io/import/importer.h"

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
        QStringLiteral("Usage: cascade import [--format auto|twarc|twarc2|x-archive|bluesky|mastodon|tags|nodexl] INPUT... -o CASE\n"
                       "                      [--rule recent|first|root]"),
        optionHelp(QStringLiteral("  --format F    "),
                   Text::tr("the inputs' format (default auto: told from each input's first records)"), kHelpWidth),
        optionHelp(QStringLiteral("  --rule R      "), Text::tr("cascade rule named in the report (default recent)"), kHelpWidth),
        optionHelp(QStringLiteral("  -o, --output CASE   "), Text::tr("where to write the case"), kHelpWidth),
    }.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    return reportUsageError("import", message, usage());
}

} // namespace

int runImport(const QStringList &args)
{
    ImportOptions options;
    QStringList inputs;
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args[i];
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            printOut(usage());
            return 0;
        }
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        const bool inlineValue = name.startsWith(QLatin1String("--")) && eq > 0;
        if (inlineValue) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        const bool takesValue = name == QLatin1String("--format") || name == QLatin1String("--rule")
            || name == QLatin1String("-o") || name == QLatin1String("--output");
        if (!takesValue) {
            if (name.startsWith(QLatin1Char('-')) && name.size() > 1)
                return usageError(Text::tr("unknown argument \"%1\"").arg(args[i]));
            inputs.push_back(args[i]);
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return usageError(Text::tr("%1 needs a value").arg(name));
            value = args[++i];
        }
        if (name == QLatin1String("--format")) {
            const std::optional<ImportFormat> f = importFormatFromName(value);
            if (!f)
                return usageError(Text::tr("unknown format \"%1\"").arg(value));
            options.format = *f;
        } else if (name == QLatin1String("--rule")) {
            const std::optional<CreditRule> r = creditRuleFromName(value.toStdString());
            if (!r)
                return usageError(Text::tr("unknown rule \"%1\"").arg(value));
            options.rule = *r;
        } else {
            output = value;
        }
    }
    if (inputs.isEmpty())
        return usageError(Text::tr("no input"));
    if (output.isEmpty())
        return usageError(Text::tr("no output case (-o CASE)"));
    const ImportResult result = importFiles(inputs, options);
    if (!result.ok()) {
        printErr(QStringLiteral("cascade import: ") + result.error);
        return 1;
    }
    printOut(result.report.toText());
    QString error;
    if (!writeCaseFile(*result.value, output, &error)) {
        printErr(QStringLiteral("cascade import: ") + error);
        return 1;
    }
    printOut(Text::tr("wrote %1").arg(output));
    return 0;
}

} // namespace cascade::cli
