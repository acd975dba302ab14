// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/windowlauncher.h"

#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/document/classifyactorscommand.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/mainwindow.h"
#include "core/classify/roster.h"
#include "core/model/time.h"

#include <QApplication>
#include <QFileInfo>
#include <QPixmap>
#include <QScreen>
#include <QSize>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>
#include <optional>
#include <utility>

namespace cascade {

namespace {

// Options of the window: `cascade [FILE] [--at TIME] [--select HANDLE | --cascade EVENT]
// [--roster CSV] [--size WxH] [--present] [--screenshot PNG]`. --present opens the presentation mode at the
// beat of the cursor (the screenshot is then of it). --screenshot grabs the screen once the case is open and laid
// out, saves it and quits (docs/screenshots are made this way under Xvfb).
struct WindowOptions {
    QString file;
    QString at;
    QString select;
    QString cascade;
    QString roster;
    QString screenshot;
    bool present = false;
    QSize size;
    QString error;
};

WindowOptions parseWindowOptions(const QStringList &args)
{
    WindowOptions o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = QStringLiteral("%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        if (a == QLatin1String("--at"))
            o.at = value();
        else if (a == QLatin1String("--select"))
            o.select = value();
        else if (a == QLatin1String("--cascade"))
            o.cascade = value();
        else if (a == QLatin1String("--roster"))
            o.roster = value();
        else if (a == QLatin1String("--screenshot"))
            o.screenshot = value();
        else if (a == QLatin1String("--present"))
            o.present = true;
        else if (a == QLatin1String("--size")) {
            const QStringList wh = value().split(QLatin1Char('x'));
            if (wh.size() == 2)
                o.size = QSize(wh[0].toInt(), wh[1].toInt());
            if (!o.size.isValid() || o.size.isEmpty())
                o.error = QStringLiteral("--size takes WIDTHxHEIGHT, e.g. 1600x1000");
        } else if (a.startsWith(QLatin1Char('-')))
            o.error = QStringLiteral("unknown option %1").arg(a);
        else
            o.file = a;
    }
    return o;
}

// --roster: the roster applied to the open case as one undo step; what cannot be used
// is said on stderr as `cascade classify` says it.
void applyRosterOption(CaseDocument *document, const QString &path)
{
    QString error;
    const std::optional<Roster> roster = readRoster(path, document->caseData().roles, &error);
    if (!roster) {
        std::fprintf(stderr, "cascade: --roster: %s\n", qPrintable(error));
        return;
    }
    const RosterMatch match = matchRoster(document->caseData(), *roster);
    for (const RosterProblem &p : roster->problems)
        std::fprintf(stderr, "%s:%s\n", qPrintable(path), qPrintable(p.toString()));
    for (const RosterProblem &p : match.problems)
        std::fprintf(stderr, "%s:%s\n", qPrintable(path), qPrintable(p.toString()));
    if (match.changes.empty())
        return;
    const QString text = QCoreApplication::translate("cascade::RosterDialog", "Apply Roster %1").arg(QFileInfo(path).fileName());
    document->undoStack()->push(new ClassifyActorsCommand(document, match.changes, text));
}

} // namespace

int runMainWindow(const QStringList &args)
{
    const WindowOptions options = parseWindowOptions(args);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "cascade: %s\n", qPrintable(options.error));
        return 2;
    }
    std::optional<TimeMs> at;
    if (!options.at.isEmpty()) {
        TimeParseError error;
        at = parseIsoTime(QStringView(options.at), &error);
        if (!at) {
            std::fprintf(stderr, "cascade: --at %s: %s\n", qPrintable(options.at), qPrintable(timeParseErrorText(error)));
            return 2;
        }
    }
    MainWindow window;
    window.setInteractive(options.screenshot.isEmpty());
    if (options.screenshot.isEmpty())
        window.restoreSettings(); // screenshots use the default arrangement
    if (options.size.isValid()) {
        window.move(0, 0);
        window.resize(options.size);
    }
    window.show();
    int exitCode = 0;
    QObject::connect(window.loader(), &CaseLoader::finished, &window, [&window, &options, at, &exitCode] {
        // Runs after MainWindow::loadFinished (connected first) has taken the case.
        if (!window.lastError().isEmpty() && !options.screenshot.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(window.lastError()));
            exitCode = 1;
            QApplication::quit();
            return;
        }
        CaseDocument *document = window.document();
        static bool rosterApplied = false; // to the case of the command line, not to later ones
        if (!options.roster.isEmpty() && !std::exchange(rosterApplied, true) && window.lastError().isEmpty())
            applyRosterOption(document, options.roster);
        if (at)
            document->setCursor(*at);
        if (!options.select.isEmpty()) {
            const ActorId actor = document->caseData().findActor(options.select);
            if (actor == kNoActor)
                std::fprintf(stderr, "cascade: --select: no actor %s\n", qPrintable(options.select));
            document->setSelectedActor(actor);
        }
        if (!options.cascade.isEmpty()) {
            const EventId root = document->caseData().eventByKey(options.cascade);
            if (root == kNoEvent)
                std::fprintf(stderr, "cascade: --cascade: no event %s\n", qPrintable(options.cascade));
            document->setSelectedCascade(root);
        }
        if (options.present)
            window.presentAction()->trigger();
        if (options.screenshot.isEmpty()) {
            // Once, after the first case: a crashed session's autosave.
            static bool offered = false;
            if (!std::exchange(offered, true))
                window.offerRecovery();
            return;
        }
        window.graphView()->layoutController()->waitForFinished();
        QTimer::singleShot(1500, &window, [&window, &options, &exitCode] {
            GraphView *view = window.presentation() ? window.presentation()->graphView() : window.graphView();
            if (view->followsStory())
                view->frameStory(false);
            else
                view->fitToContent();
            QApplication::processEvents();
            QScreen *screen = window.screen();
            const QPixmap shot = screen ? screen->grabWindow(0) : window.grab();
            if (!shot.save(options.screenshot)) {
                std::fprintf(stderr, "cascade: cannot write %s\n", qPrintable(options.screenshot));
                exitCode = 1;
            }
            QApplication::quit();
        });
    });
    window.openFile(options.file.isEmpty() ? bundledCasePath() : options.file);
    const int code = QApplication::exec();
    return exitCode ? exitCode : code;
}

} // namespace cascade
