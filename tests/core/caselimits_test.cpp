// SPDX-License-Identifier: GPL-3.0-or-later
// The case reader's limits (ReadOptions, docs/case-format.md "Limits"): a file exactly at
// each limit is read, one step past it is refused with a message that names the limit.
#include "core/io/casefile.h"

#include <gtest/gtest.h>

#include <string>

using namespace cascade;

namespace {

ReadResult read(const std::string &text, const ReadOptions &options = {})
{
    return readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("case.json"), options);
}

std::string problemsOf(const ReadResult &r)
{
    return r.errorText().toStdString();
}

// A valid case with `actors` actors, each posting once.
std::string caseWith(int actors)
{
    std::string text = R"({"format": "cascade-case", "version": 1, "actors": [)";
    for (int i = 0; i < actors; ++i)
        text += (i ? ", " : "") + std::string(R"({"handle": "a)") + std::to_string(i) + "\"}";
    text += R"(], "events": [)";
    for (int i = 0; i < actors; ++i)
        text += (i ? ", " : "") + std::string(R"({"id": "e)") + std::to_string(i)
            + R"(", "time": "2020-01-01T10:00:00Z", "kind": "post", "author": "a)" + std::to_string(i) + "\"}";
    return text + "]}";
}

} // namespace

TEST(CaseLimits, FileSize)
{
    const std::string text = caseWith(2);
    ReadOptions options;
    options.maxFileBytes = static_cast<std::int64_t>(text.size());
    EXPECT_TRUE(read(text, options).ok()) << problemsOf(read(text, options));
    options.maxFileBytes -= 1;
    EXPECT_EQ(problemsOf(read(text, options)),
              "case.json:1:1: file is " + std::to_string(text.size()) + " bytes, larger than the limit of "
                  + std::to_string(text.size() - 1) + " bytes for case files");
    EXPECT_EQ(ReadOptions{}.maxFileBytes, std::int64_t(512) << 20);
}

TEST(CaseLimits, ActorsAndEvents)
{
    const std::string text = caseWith(3);
    ReadOptions options;
    options.maxActors = 3;
    options.maxEvents = 3;
    EXPECT_TRUE(read(text, options).ok()) << problemsOf(read(text, options));
    ReadOptions actors = options;
    actors.maxActors = 2;
    const auto column = [&text](const char *what) { return std::to_string(text.find(what) + 1); };
    EXPECT_EQ(problemsOf(read(text, actors)),
              "case.json:1:" + column(R"({"handle": "a2"})") + ": actors: more than 2 actors: the limit for one case");
    ReadOptions events = options;
    events.maxEvents = 2;
    EXPECT_EQ(problemsOf(read(text, events)),
              "case.json:1:" + column(R"({"id": "e2")") + ": events: more than 2 events: the limit for one case");
    EXPECT_EQ(ReadOptions{}.maxActors, 5'000'000);
    EXPECT_EQ(ReadOptions{}.maxEvents, 20'000'000);
}

TEST(CaseLimits, StringLength)
{
    std::string text = caseWith(1);
    text.insert(1, R"("title": ")" + std::string(40, 'x') + "\", ");
    ReadOptions options;
    options.maxStringBytes = 40; // the longest string
    EXPECT_TRUE(read(text, options).ok()) << problemsOf(read(text, options));
    options.maxStringBytes = 39;
    EXPECT_EQ(problemsOf(read(text, options)), "case.json:1:11: title: string of 40 bytes is longer than the limit of 39 bytes");
    EXPECT_EQ(ReadOptions{}.maxStringBytes, 1 << 20);
}

TEST(CaseLimits, NestingDepth)
{
    // The top-level object is level 1: 63 arrays inside it make 64 levels.
    const auto nested = [](int arrays) {
        std::string text = caseWith(1);
        text.insert(1, R"("x_nested": )" + std::string(std::size_t(arrays), '[') + std::string(std::size_t(arrays), ']') + ", ");
        return text;
    };
    EXPECT_EQ(ReadOptions{}.maxDepth, 64);
    const ReadResult atLimit = read(nested(63));
    EXPECT_TRUE(atLimit.ok()) << problemsOf(atLimit);
    EXPECT_EQ(problemsOf(read(nested(64))),
              "case.json:1:77: x_nested[0][0][0][0][0][0][0]...: nesting deeper than 64 levels (the limit for case files)");
    // The same inside an event, where the limit counts the levels of the whole file.
    std::string inEvent = caseWith(1);
    inEvent.insert(inEvent.find(R"("kind")"), R"("x": )" + std::string(61, '[') + std::string(61, ']') + ", ");
    EXPECT_TRUE(read(inEvent).ok()) << problemsOf(read(inEvent));
    inEvent.insert(inEvent.find(R"("x": )") + 5, "[");
    inEvent.insert(inEvent.find(R"(, "kind")"), "]");
    const std::size_t level65 = inEvent.find(R"("x": )") + 5 + 61; // the root, events, the event, then x's arrays
    EXPECT_EQ(problemsOf(read(inEvent)),
              "case.json:1:" + std::to_string(level65 + 1) + ": events[0].x[0][0][0][0][0]...: nesting deeper than 64 levels (the limit for case files)");
}

TEST(CaseLimits, MembersPerObject)
{
    const auto actorWith = [](int members) {
        std::string text = R"({"format": "cascade-case", "version": 1, "actors": [{"handle": "a")";
        for (int i = 1; i < members; ++i)
            text += R"(, "x)" + std::to_string(i) + R"(": 0)";
        return text + R"(}], "events": []})";
    };
    EXPECT_EQ(ReadOptions{}.maxMembers, 10'000);
    const ReadResult atLimit = read(actorWith(10'000));
    EXPECT_TRUE(atLimit.ok()) << problemsOf(atLimit);
    const std::string past = actorWith(10'001);
    const auto last = past.find(R"("x10000")");
    EXPECT_EQ(problemsOf(read(past)),
              "case.json:1:" + std::to_string(last + 1) + ": actors[0]: more than 10000 members in one object: the limit for case files");
}
