// SPDX-License-Identifier: GPL-3.0-or-later
// The two-thread reading of big case files (ReadOptions::splitBytes): the same case as
// the one-thread reader, the same problems when the file is broken, a fallback when the
// layout only looks like the writer's, cancel and progress.
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

using namespace cascade;

namespace {

ReadResult readWith(const std::string &text, std::int64_t splitBytes, std::size_t chunkBytes = 4096)
{
    ReadOptions options;
    options.splitBytes = splitBytes;
    options.chunkBytes = chunkBytes;
    return readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("big.json"), options);
}
ReadResult readSplit(const std::string &text, std::size_t chunkBytes = 4096) { return readWith(text, 0, chunkBytes); }
ReadResult readOneThread(const std::string &text) { return readWith(text, -1); }

std::vector<std::string> problemLines(const ReadResult &r)
{
    std::vector<std::string> lines;
    for (const CaseFileProblem &p : r.problems)
        lines.push_back(p.toString().toStdString());
    return lines;
}

// The key of the event at `fraction` of the way through the events.
const QString &keyAt(const Case &c, double fraction)
{
    return c.events[static_cast<std::size_t>(fraction * double(c.events.size() - 1))].key;
}

} // namespace

TEST(CaseSplitReader, SameCaseAsTheOneThreadReader)
{
    for (std::uint64_t seed = 1; seed <= 12; ++seed) {
        const Case c = generateCase({static_cast<std::int64_t>(20 + seed * 23), static_cast<std::int64_t>(300 + seed * 250), seed});
        const std::string text = serializeCase(c);
        const ReadResult split = readSplit(text, 512 + seed * 700);
        const ReadResult one = readOneThread(text);
        ASSERT_TRUE(split.ok()) << "seed " << seed << ": " << split.errorText().toStdString();
        ASSERT_TRUE(one.ok());
        EXPECT_EQ(split.eventThreads, 2) << "seed " << seed;
        EXPECT_EQ(one.eventThreads, 1);
        EXPECT_TRUE(*split.value == c) << "seed " << seed;
        EXPECT_TRUE(*split.value == *one.value) << "seed " << seed;
        EXPECT_EQ(serializeCase(*split.value), text) << "seed " << seed;
    }
}

TEST(CaseSplitReader, DefaultsReadBigFilesOnTwoThreadsAndSmallOnesOnOne)
{
    const std::string small = serializeCase(generateCase({50, 400, 3}));
    EXPECT_EQ(readCaseBytes(QByteArrayView(small.data(), qsizetype(small.size())), QStringLiteral("s")).eventThreads, 1);
    const std::string big = serializeCase(generateCase({2000, 60000, 3}));
    ASSERT_GT(big.size(), std::size_t(8) << 20);
    const ReadResult r = readCaseBytes(QByteArrayView(big.data(), qsizetype(big.size())), QStringLiteral("b"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.eventThreads, 2);
    EXPECT_EQ(r.value->events.size(), 60000u);
}

TEST(CaseSplitReader, EveryEventAndReferenceSurvivesAnyChunkSize)
{
    const Case c = generateCase({80, 1500, 11});
    const std::string text = serializeCase(c);
    for (std::size_t chunk : {64, 200, 1000, 5000, 40000, 1000000}) {
        const ReadResult r = readSplit(text, chunk);
        ASSERT_TRUE(r.ok()) << chunk << ": " << r.errorText().toStdString();
        EXPECT_TRUE(*r.value == c) << "chunk " << chunk;
    }
}

TEST(CaseSplitReader, BrokenFilesGiveTheOneThreadReadersProblems)
{
    const Case c = generateCase({120, 3000, 5});
    std::vector<std::pair<const char *, std::string>> broken;
    {
        Case d = c; // an id of the first half again in the second
        d.events[2400].key = keyAt(c, 0.1);
        broken.emplace_back("duplicate id across halves", serializeCase(d));
    }
    {
        Case d = c; // a parent later than its child, across halves
        d.events[100].parent = 2900;
        broken.emplace_back("parent later than child", serializeCase(d));
    }
    std::string text = serializeCase(c);
    {
        const std::string id = "\"id\": \"" + keyAt(c, 0.8).toStdString() + "\"";
        std::string t = text;
        const auto at = t.find(id);
        t.insert(at + id.size(), ", \"parent\": \"no-such-event\"");
        broken.emplace_back("unknown parent", t);
        t = text;
        t.insert(t.find(id) + id.size(), ", \"mentions\": [\"@nobody\"]");
        broken.emplace_back("unknown actor", t);
        t = text;
        t.erase(t.find('}', t.find(id)), 1);
        broken.emplace_back("missing brace", t);
        t = text;
        t.insert(t.find(id) + id.size(), ", \"time\": \"2024-03-01T08:00:00\"");
        broken.emplace_back("time without offset (and repeated)", t);
    }
    for (const auto &[what, t] : broken) {
        const ReadResult split = readSplit(t);
        const ReadResult one = readOneThread(t);
        EXPECT_FALSE(split.ok()) << what;
        EXPECT_FALSE(one.problems.empty()) << what;
        EXPECT_EQ(problemLines(split), problemLines(one)) << what;
    }
}

TEST(CaseSplitReader, ALayoutThatOnlyLooksLikeTheWritersFallsBack)
{
    const Case c = generateCase({60, 800, 9});
    std::string text = serializeCase(c);
    // A hand-edited event spread over lines, with the writer's line pattern inside an
    // unknown member, where a chunk boundary could be placed.
    const std::string id = "\"id\": \"" + keyAt(c, 0.5).toStdString() + "\"";
    text.insert(text.find(id) + id.size(), ", \"annotations\": [\n    {\"by\": \"trainer\"},\n    {\"by\": \"reviewer\"},\n    {\"by\": \"x\"}\n  ]");
    const ReadResult one = readOneThread(text);
    ASSERT_TRUE(one.ok()) << one.errorText().toStdString();
    for (std::size_t chunk : {16, 64, 300, 2000}) {
        const ReadResult split = readSplit(text, chunk);
        ASSERT_TRUE(split.ok()) << chunk << ": " << split.errorText().toStdString();
        EXPECT_TRUE(*split.value == *one.value) << "chunk " << chunk;
    }
    // Not laid out by the writer at all (one line): read on one thread.
    std::string flat;
    for (char ch : serializeCase(c))
        flat.push_back(ch == '\n' ? ' ' : ch);
    const ReadResult r = readSplit(flat);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.eventThreads, 1);
    EXPECT_TRUE(*r.value == c);
}

TEST(CaseSplitReader, ProgressRisesToOneAndCancelStops)
{
    const std::string text = serializeCase(generateCase({500, 200000, 4}));
    ReadOptions options;
    options.splitBytes = 0;
    options.chunkBytes = 1 << 16;
    std::vector<double> seen;
    options.progress = [&seen](double f) {
        seen.push_back(f);
        return true;
    };
    const ReadResult r = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("p"), options);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.eventThreads, 2);
    ASSERT_GE(seen.size(), 2u);
    for (std::size_t i = 1; i < seen.size(); ++i)
        EXPECT_GE(seen[i], seen[i - 1]);
    EXPECT_EQ(seen.back(), 1.0);

    int calls = 0;
    options.progress = [&calls](double) { return ++calls < 2; };
    const ReadResult cancelled = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("p"), options);
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_FALSE(cancelled.ok());
    EXPECT_EQ(calls, 2);
}

TEST(CaseSplitReader, EscapedReferenceAcrossChunksAndHalves)
{
    const Case c = generateCase({100, 2000, 21});
    std::string text = serializeCase(c);
    // A late event whose parent is early: write the parent's id with an escape.
    std::size_t child = 0;
    for (std::size_t e = c.events.size() - 1; e > 0 && !child; --e)
        if (c.events[e].parent != kNoEvent && c.events[e].parent < EventId(c.events.size() / 4))
            child = e;
    ASSERT_NE(child, 0u);
    const std::string parentKey = c.events[static_cast<std::size_t>(c.events[child].parent)].key.toStdString();
    const std::string plain = "\"parent\": \"" + parentKey + "\"";
    const std::string childId = "\"id\": \"" + c.events[child].key.toStdString() + "\"";
    const auto line = text.find(childId);
    const auto at = text.find(plain, line);
    ASSERT_LT(at, text.find('\n', line));
    text.replace(at, plain.size(), "\"parent\": \"\\u0065" + parentKey.substr(1) + "\"");
    for (std::size_t chunk : {100, 3000}) {
        const ReadResult split = readSplit(text, chunk);
        ASSERT_TRUE(split.ok()) << split.errorText().toStdString();
        EXPECT_EQ(split.eventThreads, 2);
        EXPECT_TRUE(*split.value == c) << "chunk " << chunk;
    }
}

TEST(CaseSplitReader, EventLimitCountsBothHalves)
{
    const std::string text = serializeCase(generateCase({50, 1000, 8}));
    ReadOptions options;
    options.splitBytes = 0;
    options.chunkBytes = 2000; // every chunk far under the limit
    options.maxEvents = 990;
    const ReadResult split = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("big.json"), options);
    options.splitBytes = -1;
    const ReadResult one = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("big.json"), options);
    EXPECT_FALSE(split.ok());
    ASSERT_FALSE(one.problems.empty());
    EXPECT_NE(one.problems.front().message.indexOf(QStringLiteral("more than 990 events")), -1)
        << one.errorText().toStdString();
    EXPECT_EQ(problemLines(split), problemLines(one));
}

TEST(CaseSplitReader, CancelWhileReadingTheActors)
{
    const std::string text = serializeCase(generateCase({70000, 200, 2}));
    ReadOptions options;
    options.splitBytes = 0;
    int calls = 0;
    options.progress = [&calls](double) {
        ++calls;
        return false;
    };
    const ReadResult r = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("a"), options);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(calls, 1);
}

TEST(CaseSplitReader, UnusualFilesReadAsByTheOneThreadReader)
{
    const Case c = generateCase({40, 600, 13});
    const std::string text = serializeCase(c);
    std::string crlf;
    for (char ch : text) {
        if (ch == '\n')
            crlf.push_back('\r');
        crlf.push_back(ch);
    }
    Case single = c;
    single.events.resize(1);
    single.events[0].parent = kNoEvent;
    single.events[0].promptedBy.clear();
    single.milestones.clear();
    Case none = single;
    none.events.clear();
    std::string eventsFirst = text; // the events section moved before the actors
    {
        const auto events = eventsFirst.find("\n  \"events\": [");
        const auto milestones = eventsFirst.find("\n  \"milestones\": [");
        const std::string section = eventsFirst.substr(events, milestones - events);
        eventsFirst.erase(events, section.size());
        eventsFirst.insert(eventsFirst.find("\n  \"actors\": ["), section);
    }
    const std::vector<std::pair<const char *, std::string>> files = {
        {"byte order mark", "\xEF\xBB\xBF" + text},
        {"CRLF line ends", crlf},
        {"one event", serializeCase(single)},
        {"no events", serializeCase(none)},
        {"events before actors", eventsFirst},
        {"an author given twice, the first unknown",
         [&] {
             std::string t = text;
             const std::string id = "\"id\": \"" + c.events[400].key.toStdString() + "\"";
             t.insert(t.find(id) + id.size(), ", \"author\": \"@nobody\"");
             return t;
         }()},
        {"an unknown author before a bad time",
         [&] {
             std::string t = text;
             const std::string id = "\"id\": \"" + c.events[450].key.toStdString() + "\"";
             const auto at = t.find(id);
             const auto author = t.find("\"author\": \"", at) + 11;
             t.insert(author, "x");
             t.insert(t.find('\n', at) - 2, ", \"time\": \"yesterday\"");
             return t;
         }()},
    };
    for (const auto &[what, t] : files) {
        const ReadResult split = readSplit(t, 500);
        const ReadResult one = readOneThread(t);
        EXPECT_EQ(split.ok(), one.ok()) << what;
        EXPECT_EQ(problemLines(split), problemLines(one)) << what;
        if (split.ok() && one.ok()) {
            EXPECT_TRUE(*split.value == *one.value) << what;
        }
    }
    // Problems within an event come in file order: the unknown author before the time.
    const ReadResult r = readOneThread(files.back().second);
    ASSERT_EQ(r.problems.size(), 2u) << r.errorText().toStdString();
    EXPECT_NE(r.problems[0].message.indexOf(QStringLiteral("unknown actor")), -1);
    EXPECT_EQ(r.problems[0].path, QStringLiteral("events[450].author"));
    EXPECT_EQ(r.problems[1].path, QStringLiteral("events[450].time"));
    // The first of two authors is checked, the second reported as repeated.
    const ReadResult twice = readOneThread(files[5].second);
    ASSERT_EQ(twice.problems.size(), 2u) << twice.errorText().toStdString();
    EXPECT_EQ(twice.problems[0].toString(), QStringLiteral("big.json:468:34: events[400].author: unknown actor \"@nobody\""));
    EXPECT_EQ(twice.problems[1].toString(), QStringLiteral("big.json:468:99: events[400].author: repeated member"));
}

TEST(CaseSplitReader, SyntaxErrorsInTheEventsGiveTheOneThreadReadersMessages)
{
    const Case c = generateCase({100, 2000, 17});
    const std::string text = serializeCase(c);
    const std::string id = "\"id\": \"" + keyAt(c, 0.7).toStdString() + "\"";
    const std::size_t at = text.find(id);
    ASSERT_NE(at, std::string::npos);
    const std::size_t lineEnd = text.find('\n', at);
    std::vector<std::pair<const char *, std::string>> broken;
    auto with = [&](const char *what, std::size_t pos, std::size_t erase, const std::string &insert) {
        std::string t = text;
        t.replace(pos, erase, insert);
        broken.emplace_back(what, t);
    };
    with("a NUL byte", at + 3, 0, std::string(1, '\0'));
    with("invalid UTF-8", at + id.size() - 1, 0, "\xC3\x28");
    with("a repeated member", at + id.size(), 0, ", \"kind\": \"post\"");
    with("a repeated unknown member", at + id.size(), 0, ", \"x\": 1, \"x\": 2");
    with("deep nesting", at + id.size(), 0, ", \"x\": " + std::string(100, '[') + std::string(100, ']'));
    with("a missing comma between events", lineEnd - 1, 1, "");
    with("an event that is a number", text.rfind("\n    {", at) + 5, lineEnd - 1 - (text.rfind("\n    {", at) + 5), "7");
    with("a wrong-typed member holding bad JSON", at + id.size(), 0, ", \"mentions\": {\"a\": [1 2]}");
    broken.emplace_back("cut off in the events", text.substr(0, at + 10));
    for (const auto &[what, t] : broken) {
        const ReadResult split = readSplit(t);
        const ReadResult one = readOneThread(t);
        EXPECT_FALSE(split.ok()) << what;
        ASSERT_FALSE(one.problems.empty()) << what;
        EXPECT_EQ(problemLines(split), problemLines(one)) << what;
        for (const std::string &line : problemLines(one))
            EXPECT_EQ(line.find("simdjson"), std::string::npos) << what << ": " << line;
    }
    const std::vector<std::string> repeated = problemLines(readSplit(broken[2].second));
    ASSERT_EQ(repeated.size(), 1u);
    const int line = static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
    // The member inserted after the id comes first: the event's own "kind" is the repeat.
    const std::string inserted = ", \"kind\": \"post\"";
    const auto column = text.find("\"kind\"", at) + inserted.size() - text.rfind('\n', at);
    const std::string event = "events[" + std::to_string(static_cast<std::size_t>(0.7 * double(c.events.size() - 1))) + "]";
    EXPECT_EQ(repeated[0], "big.json:" + std::to_string(line) + ":" + std::to_string(column) + ": " + event + ".kind: repeated member");
    const std::vector<std::string> cut = problemLines(readSplit(broken.back().second));
    ASSERT_EQ(cut.size(), 1u);
    EXPECT_EQ(cut[0], "big.json:" + std::to_string(line) + ":" + std::to_string(at + 11 - text.rfind('\n', at) - 1) + ": " + event
                          + ".id: expected '\"' to end the string, found the end of the file (is the file cut off?)");
}
