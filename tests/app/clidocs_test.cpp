// SPDX-License-Identifier: GPL-3.0-or-later
// docs/cli.md against the binary: every command `cascade --help` lists has its section,
// and every option a command's own --help gives is written in that section; the help
// speaks French with --language fr, and its option syntax stays the same.
#include "tests/app/clirun.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using cascade::test::runCascade;

namespace {

QString cliDoc()
{
    QFile f(QStringLiteral(CASCADE_SOURCE_DIR "/docs/cli.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The text of "## NAME" up to the next "## " heading.
QString section(const QString &doc, const QString &name)
{
    const QString heading = QStringLiteral("\n## ") + name + QLatin1Char('\n');
    const qsizetype start = doc.indexOf(heading);
    if (start < 0)
        return {};
    const qsizetype end = doc.indexOf(QStringLiteral("\n## "), start + heading.size());
    return doc.mid(start, end < 0 ? -1 : end - start);
}

QSet<QString> options(const QString &help)
{
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    QSet<QString> found;
    for (auto it = option.globalMatch(help); it.hasNext();)
        found.insert(it.next().captured(0));
    found.remove(QStringLiteral("--help"));
    return found;
}

// The commands of `cascade --help`: the indented first words under "Commands:".
QStringList commands(const QString &help)
{
    QStringList names;
    const qsizetype from = help.indexOf(QStringLiteral("Commands:"));
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+) "), QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help, from < 0 ? 0 : from); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

} // namespace

TEST(CliDocs, EveryCommandAndOptionOfTheHelpIsInCliMd)
{
    const QString doc = cliDoc();
    ASSERT_FALSE(doc.isEmpty());
    const auto top = runCascade({QStringLiteral("--help")});
    ASSERT_EQ(top.exitCode, 0) << top.err.toStdString();
    const QStringList names = commands(top.out);
    // What the page says of every command (before its first section), e.g. --output.
    const QString preamble = doc.left(doc.indexOf(QStringLiteral("\n## ")));
    EXPECT_GE(names.size(), 10) << top.out.toStdString();
    for (const QString &name : names) {
        const QString text = section(doc, name);
        if (text.isEmpty()) {
            ADD_FAILURE() << "docs/cli.md has no section \"## " << name.toStdString() << "\"";
            continue;
        }
        const auto help = runCascade({name, QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << name.toStdString() << ": " << help.err.toStdString();
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: cascade ") + name)) << help.out.toStdString();
        for (const QString &o : options(help.out))
            EXPECT_TRUE(text.contains(o) || preamble.contains(o)) << "docs/cli.md, ## " << name.toStdString() << ": no word of " << o.toStdString()
                                          << ", which `cascade " << name.toStdString() << " --help` gives";
    }
    // The options of the window itself (cascade --help's first lines) are in "## The window".
    const QString window = section(doc, QStringLiteral("The window"));
    for (const QString &o : options(top.out.left(top.out.indexOf(QStringLiteral("Commands:"))))) {
        if (o == QLatin1String("--language") || o == QLatin1String("--version"))
            continue; // their own sections
        EXPECT_TRUE(window.contains(o)) << "docs/cli.md, ## The window: no word of " << o.toStdString();
    }
}

TEST(CliDocs, TheHelpSpeaksFrenchWithTheSameOptions)
{
    const auto en = runCascade({QStringLiteral("import"), QStringLiteral("--help")});
    const auto fr = runCascade({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("import"), QStringLiteral("--help")});
    ASSERT_EQ(en.exitCode, 0);
    ASSERT_EQ(fr.exitCode, 0) << fr.err.toStdString();
    EXPECT_NE(en.out, fr.out);
    EXPECT_EQ(options(en.out), options(fr.out));
    const auto top = runCascade({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("--help")});
    ASSERT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.contains(QStringLiteral("construire un cas"))) << top.out.toStdString();
    // A usage error in French, still naming what the user typed.
    const auto bad = runCascade({QStringLiteral("--language"), QStringLiteral("fr"), QStringLiteral("import"), QStringLiteral("--bogus")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--bogus"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("inconnu"))) << bad.err.toStdString();
}
