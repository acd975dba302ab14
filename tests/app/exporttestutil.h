// SPDX-License-Identifier: GPL-3.0-or-later
// What the export tests share: the bundled Haiti case, and running the real client
// that reads an output (pdfinfo, pdftotext, ffprobe, soffice).
#pragma once

#include "core/io/casefile.h"
#include "core/model/case.h"

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

namespace cascade::testing {

inline const Case &haitiCase()
{
    static const Case c = [] {
        ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
        EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
        return r.ok() ? std::move(*r.value) : Case{};
    }();
    return c;
}

// The tool's standard output; a missing tool or a failed run fails the test (each is
// installed by scripts/test: scripts/packages.txt).
inline QString runTool(const QString &tool, const QStringList &args, int timeoutMs = 60000)
{
    const QString exe = QStandardPaths::findExecutable(tool);
    EXPECT_FALSE(exe.isEmpty()) << tool.toStdString() << " is missing (scripts/packages.txt)";
    if (exe.isEmpty())
        return {};
    QProcess p;
    p.start(exe, args);
    EXPECT_TRUE(p.waitForFinished(timeoutMs)) << tool.toStdString() << " did not finish";
    EXPECT_EQ(p.exitCode(), 0) << tool.toStdString() << ": " << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace cascade::testing
