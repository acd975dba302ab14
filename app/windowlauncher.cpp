// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/windowlauncher.h"

#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/mainwindow.h"
#include "core/model/time.h"

#include <QApplication>
#include <QPixmap>
#include <QScreen>
#include <QSize>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <utility>

namespace cascade {

namespace {

// Options of the window: `cascade [FILE] [--at TIME] [--select HANDLE] [--size WxH]
// [--screenshot PNG]`. --screenshot grabs the screen once the case is open and laid
// out, saves it and quits (docs/screenshots are made this way under Xvfb).
struct WindowOptions {
    QString file;
    QString at;
    QString select;
    QString screenshot;
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
        else if (a == QLatin1String("--screenshot"))
            o.screenshot = value();
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
        if (at)
            document->setCursor(*at);
        if (!options.select.isEmpty()) {
            const ActorId actor = document->caseData().findActor(options.select);
            if (actor == kNoActor)
                std::fprintf(stderr, "cascade: --select: no actor %s\n", qPrintable(options.select));
            document->setSelectedActor(actor);
        }
        if (options.screenshot.isEmpty()) {
            // Once, after the first case: a crashed session's autosave.
            static bool offered = false;
            if (!std::exchange(offered, true))
                window.offerRecovery();
            return;
        }
        window.graphView()->layoutController()->waitForFinished();
        QTimer::singleShot(1500, &window, [&window, &options, &exitCode] {
            window.graphView()->fitToContent();
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
