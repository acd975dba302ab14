// SPDX-License-Identifier: GPL-3.0-or-later
// What the window tests share: opening a case in a MainWindow and waiting until it shows.
#pragma once

#include "app/document/caseloader.h"
#include "app/mainwindow.h"

#include <QString>
#include <QTest>

namespace cascade::testing {

// Opens `path` in `w` and returns once the window has taken the case (or failed to).
inline void openAndWait(MainWindow &w, const QString &path)
{
    w.openFile(path);
    w.loader()->waitForFinished();
    // The finished signal is delivered through the event loop.
    for (int i = 0; i < 50 && w.loader()->isLoading(); ++i)
        QTest::qWait(10);
    QTest::qWait(20);
}

} // namespace cascade::testing
