// SPDX-License-Identifier: GPL-3.0-or-later
// What `cascade validate` says about files that are not valid JSON, or valid JSON of the
// wrong shape: one full message per case, at the position of the fault, with the JSON
// path, what was expected and what was found; never a parser library's own words.
#include "core/io/casefile.h"
#include "tests/core/casetext.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace cascade;
using cascade::testing::replaced;

namespace {

// The same small valid case as casefile_test.cpp; each test breaks one thing.
const char *const kValid = R"({
  "format": "cascade-case",
  "version": 1,
  "title": "Small",
  "origin": "@ngo",
  "targets": ["@army"],
  "sources": [{"id": "s1", "title": "An article"}],
  "actors": [
    {"handle": "@ngo", "role": "ngo", "followers": 5000},
    {"handle": "@journo", "role": "journalist", "followers": 1000000},
    {"handle": "@army", "role": "military"}
  ],
  "events": [
    {"id": "e1", "time": "2010-01-17T10:00:00-05:00", "kind": "post", "author": "@ngo", "source": "s1"},
    {"id": "e2", "time": "2010-01-17T10:45:00-05:00", "kind": "quote", "author": "@journo", "parent": "e1"},
    {"id": "e3", "time": "2010-01-17T11:52:00-05:00", "kind": "post", "author": "@journo", "mentions": ["@army"], "prompted_by": ["e2"]}
  ],
  "milestones": [{"time": "2010-01-17T11:52:00-05:00", "title": "Targeted"}],
  "notes": [{"text": "Times assumed UTC-5", "actor": "@journo"}]
}
)";

std::vector<std::string> problems(const std::string &text)
{
    const ReadResult r = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("case.json"));
    EXPECT_FALSE(r.ok());
    std::vector<std::string> lines;
    for (const CaseFileProblem &p : r.problems)
        lines.push_back(p.toString().toStdString());
    return lines;
}

std::string onlyProblem(const std::string &text)
{
    const std::vector<std::string> lines = problems(text);
    EXPECT_EQ(lines.size(), 1u) << ::testing::PrintToString(lines);
    return lines.empty() ? std::string() : lines.front();
}

using Lines = std::vector<std::string>;

} // namespace

TEST(CaseFileMessages, WrongTypedSectionAndRepeatedMember)
{
    // The file of issue 18: `actors` is a number and `version` comes twice.
    EXPECT_EQ(problems(R"({"format": "cascade-case", "version": 1, "version": 1, "actors": 5, "events": []})"),
              (Lines{"case.json:1:42: version: repeated member",
                     "case.json:1:66: actors: expected an array of actors, found a number"}));
    // The same with the sections in the order that reads the actors later.
    EXPECT_EQ(onlyProblem(R"({"actors": {"a": 1}, "roles": [], "format": "cascade-case", "version": 1, "events": []})"),
              "case.json:1:12: actors: expected an array of actors, found an object");
    EXPECT_EQ(onlyProblem(R"({"format": "cascade-case", "version": 1, "actors": [], "events": "none"})"),
              "case.json:1:66: events: expected an array of events, found a string");
    EXPECT_EQ(onlyProblem(R"({"format": "cascade-case", "version": 1, "actors": [], "events": [], "layouts": []})"),
              "case.json:1:81: layouts: expected an object of layouts by engine, found an array");
}

TEST(CaseFileMessages, RepeatedMembersEverywhere)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("kind": "quote",)", R"("kind": "quote", "kind": "post",)")),
              "case.json:15:72: events[1].kind: repeated member");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("role": "military"})", R"("role": "military", "x_rank": 1, "x_rank": 2})")),
              "case.json:11:58: actors[2].x_rank: repeated member");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Targeted"})", R"("title": "Targeted", "title": "Again"})")),
              "case.json:18:77: milestones[0].title: repeated member");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small",)", R"("title": "Small", "title": "Big",)")),
              "case.json:4:21: title: repeated member");
    // A repeated section is not read twice.
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("milestones": [)", R"("events": [], "milestones": [)")),
              "case.json:18:3: events: repeated member");
}

TEST(CaseFileMessages, NulByte)
{
    std::string text = R"({"format": "cascade-case", "version": 1, "actors": [], "events": []})";
    text.insert(26, 1, '\0'); // right after the first comma, in the middle of line 1
    EXPECT_EQ(onlyProblem(text),
              "case.json:1:27: expected a member name in double quotes, found a NUL byte (0x00), which a text file cannot contain");
    std::string inString = kValid;
    inString.insert(inString.find("Small") + 2, 1, '\0');
    EXPECT_EQ(onlyProblem(inString),
              "case.json:4:15: title: expected text or '\"' to end the string, found a NUL byte (0x00), which a text file cannot contain");
}

TEST(CaseFileMessages, CutOffFile)
{
    const std::string full = kValid;
    const std::string inActors = full.substr(0, full.find(R"("role": "journalist")"));
    EXPECT_EQ(onlyProblem(inActors),
              "case.json:10:27: actors[1]: expected a member name in double quotes, found the end of the file (is the file cut off?)");
    const std::string inString = full.substr(0, full.find("@journo") + 4);
    EXPECT_EQ(onlyProblem(inString),
              "case.json:10:21: actors[1].handle: expected '\"' to end the string, found the end of the file (is the file cut off?)");
    const std::string afterComma = full.substr(0, full.find("\n  \"actors\""));
    EXPECT_EQ(onlyProblem(afterComma),
              "case.json:7:52: expected a member name in double quotes, found the end of the file (is the file cut off?)");
    const std::string lastBrace = full.substr(0, full.rfind('}'));
    EXPECT_EQ(onlyProblem(lastBrace), "case.json:20:1: expected ',' or '}', found the end of the file (is the file cut off?)");
}

TEST(CaseFileMessages, EmptyFile)
{
    EXPECT_EQ(onlyProblem(""), "case.json:1:1: the file is empty");
    EXPECT_EQ(onlyProblem(" \n\t "), "case.json:1:1: the file is empty");
}

TEST(CaseFileMessages, InvalidUtf8)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, "An article", "An \xC3\x28rticle")),
              "case.json:7:41: sources[0].title: invalid UTF-8 byte 0xC3 (case files are UTF-8 text)");
    EXPECT_EQ(onlyProblem(replaced(kValid, "\"title\": \"Small\"", "\"title\": \xFF")),
              "case.json:4:12: title: invalid UTF-8 byte 0xFF (case files are UTF-8 text)");
}

TEST(CaseFileMessages, DeepNesting)
{
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small")", R"("x_deep": )" + deep)),
              "case.json:4:76: x_deep[0][0][0][0][0][0][0]...: nesting deeper than 64 levels (the limit for case files)");
    // Inside a member the reader knows, where a string was expected.
    EXPECT_EQ(onlyProblem(replaced(kValid, R"(["@army"], "prompted_by")", R"([)" + deep + R"(], "prompted_by")")),
              "case.json:16:165: events[2].mentions[0][0][0][0][0]...: nesting deeper than 64 levels (the limit for case files)");
}

TEST(CaseFileMessages, Punctuation)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small",)", R"("title": "Small")")),
              "case.json:5:3: expected ',' or '}', found '\"'");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"(["@army"],)", R"(["@army",],)")),
              "case.json:6:23: targets[1]: expected a value after ',', found ']' (one comma too many?)");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("role": "military"})", R"("role": "military",})")),
              "case.json:11:44: actors[2]: expected a member name after ',', found '}' (one comma too many?)");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small")", R"("title" "Small")")),
              "case.json:4:11: title: expected ':' after the member name, found '\"'");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"({"handle": "@ngo", "role": "ngo", "followers": 5000},)",
                                   R"({"handle": "@ngo", "role": "ngo", "followers": 5000})")),
              "case.json:10:5: actors: expected ',' or ']', found '{'");
    EXPECT_EQ(onlyProblem(std::string(kValid) + "{}"),
              "case.json:21:1: expected the end of the file after the top-level value, found '{'");
}

TEST(CaseFileMessages, Values)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small")", R"("title": 'Small')")),
              "case.json:4:12: title: expected a value after ':', found ' (text goes in double quotes)");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small")", R"("title": Small)")),
              "case.json:4:12: title: expected a value (text goes in double quotes), found Small");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("followers": 5000)", R"("followers": 05000)")),
              "case.json:9:52: actors[0].followers: expected a number such as 12, -3.5 or 1e6, found 05000");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("followers": 5000)", R"("followers": 50.5)")),
              "case.json:9:52: actors[0].followers: expected a whole number, found 50.5");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("followers": 5000)", R"("followers": 99999999999999999999)")),
              "case.json:9:52: actors[0].followers: expected a whole number, found 99999999999999999999");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("followers": 5000)", R"("followers": tru)")),
              "case.json:9:52: actors[0].followers: expected a value (text goes in double quotes), found tru");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("kind": "post", "author": "@ngo",)", R"("kind": "post", "confidence": 1e999, "author": "@ngo",)")),
              "case.json:14:85: events[0].confidence: expected a number of ordinary size, found 1e999");
}

TEST(CaseFileMessages, Strings)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small",)", R"("title": "Small,)")),
              "case.json:4:19: title: expected '\"' to end the string, found a line break (a missing '\"'? a line break in a text is written \\n)");
    EXPECT_EQ(onlyProblem(replaced(kValid, "Small", R"(Sm\qall)")),
              "case.json:4:15: title: invalid escape in a string (expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hexadecimal digits)");
    EXPECT_EQ(onlyProblem(replaced(kValid, "Small", R"(Sm\u00G1all)")),
              "case.json:4:15: title: invalid escape in a string (expected \\u and four hexadecimal digits)");
    EXPECT_EQ(onlyProblem(replaced(kValid, "Small", R"(Sm\uD800all)")),
              "case.json:4:15: title: invalid escape \\uD800 in a string (half of a UTF-16 pair without its second half)");
    EXPECT_EQ(onlyProblem(replaced(kValid, "Small", "Sm\x01" "all")),
              "case.json:4:15: title: expected text or '\"' to end the string, found control character 0x01 (write it as \\u0001)");
}

// The name of a member the reader does not know is kept for the round trip: it must be
// a valid JSON string too (found by fuzz_case_reader: an invalid escape was kept).
TEST(CaseFileMessages, UnknownMemberNames)
{
    const std::string top = onlyProblem(replaced(kValid, R"("title": "Small",)", R"("ti\qtle": "Small",)"));
    EXPECT_EQ(top.rfind("case.json:4:", 0), 0u) << top;
    EXPECT_NE(top.find("invalid escape in a string"), std::string::npos) << top;
    const std::string event = onlyProblem(replaced(kValid, R"("author": "@ngo", "source": "s1")", R"("author": "@ngo", "n\qote": 1, "source": "s1")"));
    EXPECT_EQ(event.rfind("case.json:14:", 0), 0u) << event;
    EXPECT_NE(event.find("invalid escape in a string"), std::string::npos) << event;
    const std::string kept = replaced(kValid, R"("title": "Small",)", R"("title": "Small", "n\u00e9\n": 1,)");
    const ReadResult r = readCaseBytes(QByteArrayView(kept.data(), qsizetype(kept.size())), QStringLiteral("case.json"));
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_NE(serializeCase(*r.value).find(R"("n\u00e9\n":1)"), std::string::npos);
}

TEST(CaseFileMessages, WholeFileProblemsArePlacedAtTheStart)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("events": [)", R"("evts": [)")),
              R"(case.json:1:1: missing required member "events")");
    EXPECT_EQ(onlyProblem("  [1, 2]"), "case.json:1:3: not a Cascade case file: the top level must be a JSON object");
    ReadOptions few;
    few.maxProblems = 2;
    const std::string text = replaced(replaced(kValid, R"("author": "@ngo")", R"("author": "@a")"), R"("author": "@journo")", R"("author": "@b")");
    const ReadResult r = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("case.json"), few);
    ASSERT_EQ(r.problems.size(), 3u);
    EXPECT_EQ(r.problems[2].toString().toStdString(), "case.json:15:82: too many problems; stopped after 2");
}
