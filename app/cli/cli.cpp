// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cli.h"

#include "app/cli/commands.h"
#include "app/presentation/language.h"
#include "app/windowlauncher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <vector>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The summaries are translated where `cascade --help` prints them.
const Command kCommands[] = {
    {"validate", QT_TRANSLATE_NOOP("Cli", "check case files; one FILE:LINE:COL: message line per problem"), &runValidate},
    {"generate", QT_TRANSLATE_NOOP("Cli", "write a synthetic case (--actors N --events M --seed S -o FILE)"), &runGenerate},
    {"stats", QT_TRANSLATE_NOOP("Cli", "influence measures, case summary and one actor in detail (FILE [--at TIME] [--actor H] [--json])"), &runStats},
    {"layout", QT_TRANSLATE_NOOP("Cli", "lay a case out and store the layout in it (FILE --engine auto|dot|twopi|neato|sfdp|balloon|swimlane [-o FILE])"), &runLayout},
    {"export", QT_TRANSLATE_NOOP("Cli", "one slide as PNG, SVG or PDF (FILE (--at TIME | --milestone N) -o OUT [--size WxH] [--theme T] ...)"), &runExport},
    {"storyboard", QT_TRANSLATE_NOOP("Cli", "one slide per milestone, the PDF deck, a filmstrip (FILE -o DIR [--pdf DECK.pdf] [--filmstrip PNG])"), &runStoryboard},
    {"video", QT_TRANSLATE_NOOP("Cli", "the replay as a video, MP4 or WebM (FILE -o REPLAY.mp4 [--milestone N --milestone M] [--duration S] [--fps N])"), &runVideo},
    {"import", QT_TRANSLATE_NOOP("Cli", "build a case from collected data ([--format F] INPUT... -o CASE [--rule recent|first|root])"), &runImport},
    {"classify", QT_TRANSLATE_NOOP("Cli", "give actors the roles a roster CSV names (CASE --roster FILE [-o OUT] [--dry-run] [--list])"), &runClassify},
    {"convert", QT_TRANSLATE_NOOP("Cli", "hand a case on to Gephi, networkx, igraph or Graphviz (CASE -o OUT.gexf|.graphml|.dot|.csv)"), &runConvert},
    {nullptr, nullptr, nullptr},
};

} // namespace

const Command *commands()
{
    return kCommands;
}

const Command *findCommand(const QString &name)
{
    for (const Command *c = kCommands; c->name; ++c)
        if (name == QLatin1String(c->name))
            return c;
    return nullptr;
}

void printOut(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printErr(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

int reportUsageError(const char *command, const QString &message, const QString &usage)
{
    printErr(QStringLiteral("cascade %1: ").arg(QLatin1String(command)) + message);
    printErr(usage);
    return 2;
}

// The description is wrapped at its spaces (a translation's no-break spaces hold) so that no
// line passes `width` columns; the following lines start under the first one's text.
QString optionHelp(const QString &option, const QString &text, qsizetype width)
{
    const QString indent(option.size(), QLatin1Char(' '));
    QString out = option;
    qsizetype column = option.size();
    bool first = true;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (first) {
            first = false;
        } else if (column + 1 + word.size() > width) {
            out += QLatin1Char('\n') + indent;
            column = indent.size();
        } else {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += word.size();
    }
    return out;
}

} // namespace cascade::cli

namespace cascade {

namespace {

QtMessageHandler g_defaultHandler = nullptr;

void headlessMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type < QtCriticalMsg && (message.startsWith(QLatin1String("QStandardPaths:")) || message.contains(QLatin1String("propagateSizeHints"))))
        return;
    if (g_defaultHandler)
        g_defaultHandler(type, context, message);
}

void printUsage()
{
    using cli::Text;
    cli::printOut(QStringLiteral("Usage: cascade [FILE] [--at TIME] [--select HANDLE | --cascade EVENT] [--roster CSV] [--size WxH] [--present] [--screenshot PNG]"));
    cli::printOut(QStringLiteral("                                 ") + Text::tr("open the explorer window (the bundled Haiti 2010 case by default)"));
    cli::printOut(QStringLiteral("       cascade COMMAND [ARGS...] ") + Text::tr("run headless"));
    cli::printOut(QStringLiteral("       cascade --version"));
    cli::printOut(QStringLiteral("--language en|fr ") + Text::tr("(anywhere) chooses the language of the window and of the slides' texts"));
    cli::printOut(QString());
    cli::printOut(Text::tr("Commands:"));
    for (const cli::Command *c = cli::commands(); c->name; ++c)
        cli::printOut(QStringLiteral("  %1 %2").arg(QStringLiteral("%1").arg(QLatin1String(c->name), -11), Text::tr(c->summary)));
}

} // namespace

int runCascade(int argc, char **argv)
{
    // --language TAG, anywhere on the line, is for every mode: taken out before the rest is read.
    QString language;
    bool languageGiven = false;
    std::vector<char *> kept;
    for (int i = 0; i < argc; ++i) {
        if (i > 0 && std::strcmp(argv[i], "--language") == 0 && i + 1 < argc) {
            language = QString::fromLocal8Bit(argv[++i]);
            languageGiven = true;
            continue;
        }
        kept.push_back(argv[i]);
    }
    argc = static_cast<int>(kept.size());
    kept.push_back(nullptr);
    argv = kept.data();
    // Installs the language (the help and the messages speak it too); with `refuse`, an
    // unknown --language is an error, said in the saved language or the system's.
    const auto setUp = [&](bool refuse) {
        QApplication::setOrganizationName(QStringLiteral("Cascade"));
        QApplication::setApplicationName(QStringLiteral("Cascade"));
        QApplication::setApplicationVersion(QStringLiteral(CASCADE_VERSION));
        const bool known = !languageGiven || Language::available().contains(language);
        Language::install(languageGiven && known ? language : Language::saved());
        if (!known && refuse) {
            cli::printErr(QStringLiteral("cascade: ")
                          + cli::Text::tr("no language \"%1\" (use %2)").arg(language, Language::available().join(QLatin1Char('|'))));
            return false;
        }
        return true;
    };
    const char *first = argc > 1 ? argv[1] : nullptr;
    if (first && (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0)) {
        std::printf("cascade %s\n", CASCADE_VERSION);
        return 0;
    }
    if (first && (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0)) {
        g_defaultHandler = qInstallMessageHandler(headlessMessageHandler);
        const QCoreApplication app(argc, argv); // for the translators
        setUp(false);
        printUsage();
        return 0;
    }
    if (first) {
        const QString name = QString::fromLocal8Bit(first);
        const cli::Command *command = cli::findCommand(name);
        static const QStringList windowOptions = {QStringLiteral("--at"), QStringLiteral("--select"),
                                                  QStringLiteral("--cascade"), QStringLiteral("--roster"), QStringLiteral("--size"),
                                                  QStringLiteral("--present"), QStringLiteral("--screenshot")};
        const bool windowOption = windowOptions.contains(name);
        if (!command && !windowOption
            && (name.startsWith(QLatin1Char('-')) || (!QFileInfo::exists(name) && !name.contains(QLatin1Char('.'))))) {
            g_defaultHandler = qInstallMessageHandler(headlessMessageHandler);
            const QCoreApplication app(argc, argv); // for the translators
            setUp(false);
            cli::printErr(QStringLiteral("cascade: ") + cli::Text::tr("unknown command or file \"%1\"").arg(name));
            printUsage();
            return 2;
        }
        if (command) {
            // Headless: never needs a display, and stderr carries only the command's own
            // messages (Qt's notes about the session, e.g. XDG_RUNTIME_DIR, are dropped).
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            g_defaultHandler = qInstallMessageHandler(headlessMessageHandler);
            QApplication app(argc, argv);
            if (!setUp(true))
                return 2;
            QStringList args = QCoreApplication::arguments().mid(2);
            return command->run(args);
        }
    }
    QApplication app(argc, argv);
    if (!setUp(true))
        return 2;
    const QStringList args = QCoreApplication::arguments().mid(1);
    return runMainWindow(args);
}

} // namespace cascade
