// SPDX-License-Identifier: GPL-3.0-or-later
// The importers' line reader: every line comes back whole, with its number, whatever its
// length against the buffer (small files get a buffer their size, long lines grow it), with
// kPadding zero bytes readable after it; a line past the limit stops the reading clearly.
#include "core/io/import/linereader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace cascade;

namespace {

QString writeFile(const QTemporaryDir &dir, const std::string &bytes)
{
    const QString path = dir.filePath(QStringLiteral("lines.jsonl"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    EXPECT_EQ(f.write(bytes.data(), static_cast<qint64>(bytes.size())), static_cast<qint64>(bytes.size()));
    return path;
}

// The lines a reader gives for the file, checking the padding after each.
std::vector<std::string> readAll(const QString &path, bool *unterminated = nullptr, std::size_t maxLine = std::size_t(256) << 20)
{
    LineReader reader(path, maxLine);
    QString error;
    EXPECT_TRUE(reader.open(&error)) << error.toStdString();
    std::vector<std::string> lines;
    std::string_view line;
    volatile char padding = 0;
    while (reader.next(line)) {
        EXPECT_EQ(reader.lineNumber(), static_cast<std::int64_t>(lines.size()) + 1);
        // The kPadding bytes after a line are readable (the sanitizer build, which runs
        // these tests, reports a read past the buffer).
        const char *after = line.data() + line.size();
        char seen = 0;
        for (std::size_t i = 0; i < LineReader::kPadding; ++i)
            seen = static_cast<char>(seen | after[i]);
        padding = static_cast<char>(padding ^ seen);
        lines.emplace_back(line);
    }
    EXPECT_TRUE(reader.errorString().isEmpty()) << reader.errorString().toStdString();
    if (unterminated)
        *unterminated = reader.lastLineUnterminated();
    return lines;
}

} // namespace

TEST(LineReader, LinesOfEveryLengthAroundTheBufferComeBackWhole)
{
    QTemporaryDir dir;
    // Around the smallest buffer (4 KiB), a small file's own size, and past the 4 MiB chunk.
    for (const std::size_t length : {std::size_t(0), std::size_t(1), std::size_t(4095), std::size_t(4096), std::size_t(4097),
                                     std::size_t(10000), std::size_t(5) << 20}) {
        for (const bool finalNewline : {true, false}) {
            std::vector<std::string> want{"{\"a\": 1}", std::string(length, 'x'), "{\"b\": 2}\r", std::string(length / 2 + 3, 'y')};
            std::string bytes;
            for (std::size_t i = 0; i < want.size(); ++i)
                bytes += want[i] + (i + 1 < want.size() || finalNewline ? "\n" : "");
            bool unterminated = false;
            const std::vector<std::string> got = readAll(writeFile(dir, bytes), &unterminated);
            want[2].pop_back(); // the reader drops the "\r" of a CRLF line
            EXPECT_EQ(got, want) << "length " << length << (finalNewline ? ", final newline" : "");
            EXPECT_EQ(unterminated, !finalNewline) << "length " << length;
        }
    }
}

TEST(LineReader, ALineBeyondTheLimitStopsTheReading)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "short\n" + std::string(std::size_t(9) << 20, 'z') + "\nafter\n");
    LineReader reader(path, std::size_t(8) << 20);
    ASSERT_TRUE(reader.open(nullptr));
    std::string_view line;
    ASSERT_TRUE(reader.next(line));
    EXPECT_EQ(line, "short");
    EXPECT_FALSE(reader.next(line));
    EXPECT_TRUE(reader.tooLong());
    EXPECT_EQ(reader.errorString(), QStringLiteral("a line longer than 8388608 bytes"));
}
