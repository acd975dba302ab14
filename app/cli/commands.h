// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <cstdio>

namespace cascade::cli {

// A headless subcommand: gets its arguments (without "cascade" and its own name),
// writes to stdout/stderr, returns the process exit code (0 ok, 1 failure, 2 usage).
using CommandFunction = int (*)(const QStringList &args);

struct Command {
    const char *name;
    const char *summary;
    CommandFunction run;
};

// All subcommands, in the order `cascade --help` lists them.
const Command *commands();
const Command *findCommand(const QString &name);

int runValidate(const QStringList &args);
int runGenerate(const QStringList &args);
int runExport(const QStringList &args);
int runStoryboard(const QStringList &args);
int runVideo(const QStringList &args);
int runStats(const QStringList &args);
int runLayout(const QStringList &args);
int runImport(const QStringList &args);
int runConvert(const QStringList &args);
int runClassify(const QStringList &args);

// Output helpers: UTF-8 to stdout or stderr, with a newline.
void printOut(const QString &line);
void printErr(const QString &line);
// One option's line(s) of a usage text: `option` and its description wrapped at spaces
// so that no line passes `width` columns, the next lines under the description.
QString optionHelp(const QString &option, const QString &text, qsizetype width);
// "cascade COMMAND: MESSAGE" and the command's usage on stderr; returns exit code 2.
int reportUsageError(const char *command, const QString &message, const QString &usage);

} // namespace cascade::cli
