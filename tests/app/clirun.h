// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the `cascade` binary as a separate process without a display, like a user's
// shell would, for the command-line tests.
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace cascade::test {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliResult runCascade(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless: must not need a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASCADE_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace cascade::test
