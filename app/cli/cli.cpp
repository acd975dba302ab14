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

const Command kCommands[] = {
    {"validate", "check case files; one FILE:LINE:COL: message line per problem", &runValidate},
    {"generate", "write a synthetic case (--actors N --events M --seed S -o FILE)", &runGenerate},
    {"stats", "influence measures, case summary and one actor in detail (FILE [--at TIME] [--actor H] [--json])", &runStats},
    {"layout", "lay a case out and store the layout in it (FILE --engine auto|dot|twopi|neato|sfdp|balloon|swimlane [-o FILE])", &runLayout},
    {"export", "one slide as PNG, SVG or PDF (FILE (--at TIME | --milestone N) -o OUT [--size WxH] [--theme T] ...)", &runExport},
    {"storyboard", "one slide per milestone, the PDF deck, a filmstrip (FILE -o DIR [--pdf DECK.pdf] [--filmstrip PNG])", &runStoryboard},
    {"video", "the replay as a video, MP4 or WebM (FILE -o REPLAY.mp4 [--milestone N --milestone M] [--duration S] [--fps N])", &runVideo},
    {"import", "build a case from collected data ([--format F] INPUT... -o CASE [--rule recent|first|root])", &runImport},
    {"classify", "give actors the roles a roster CSV names (CASE --roster FILE [-o OUT] [--dry-run] [--list])", &runClassify},
    {"convert", "hand a case on to Gephi, networkx, igraph or Graphviz (CASE -o OUT.gexf|.graphml|.dot|.csv)", &runConvert},
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
    cli::printOut(QStringLiteral("Usage: cascade [FILE] [--at TIME] [--select HANDLE | --cascade EVENT] [--roster CSV] [--size WxH] [--present] [--screenshot PNG]"));
    cli::printOut(QStringLiteral("                                 open the explorer window (the bundled Haiti 2010 case by default)"));
    cli::printOut(QStringLiteral("       cascade COMMAND [ARGS...] run headless"));
    cli::printOut(QStringLiteral("       cascade --version"));
    cli::printOut(QStringLiteral("--language en|fr (anywhere) chooses the language of the window and of the slides' texts"));
    cli::printOut(QString());
    cli::printOut(QStringLiteral("Commands:"));
    for (const cli::Command *c = cli::commands(); c->name; ++c)
        cli::printOut(QStringLiteral("  %1 %2").arg(QStringLiteral("%1").arg(QLatin1String(c->name), -11), QLatin1String(c->summary)));
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
    const auto setUp = [&] {
        QApplication::setOrganizationName(QStringLiteral("Cascade"));
        QApplication::setApplicationName(QStringLiteral("Cascade"));
        QApplication::setApplicationVersion(QStringLiteral(CASCADE_VERSION));
        if (languageGiven && !Language::available().contains(language)) {
            cli::printErr(QStringLiteral("cascade: no language \"%1\" (use %2)").arg(language, Language::available().join(QLatin1Char('|'))));
            return false;
        }
        Language::install(languageGiven ? language : Language::saved());
        return true;
    };
    const char *first = argc > 1 ? argv[1] : nullptr;
    if (first && (std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0)) {
        std::printf("cascade %s\n", CASCADE_VERSION);
        return 0;
    }
    if (first && (std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0)) {
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
            cli::printErr(QStringLiteral("cascade: unknown command or file \"%1\"").arg(name));
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
            if (!setUp())
                return 2;
            QStringList args = QCoreApplication::arguments().mid(2);
            return command->run(args);
        }
    }
    QApplication app(argc, argv);
    if (!setUp())
        return 2;
    const QStringList args = QCoreApplication::arguments().mid(1);
    return runMainWindow(args);
}

} // namespace cascade
