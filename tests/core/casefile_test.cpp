// SPDX-License-Identifier: GPL-3.0-or-later
// The native case file: round trips, and one broken file per validation rule with the
// exact message and location it must produce.
#include "core/io/casefile.h"
#include "tests/core/casetext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cascade;
using cascade::testing::replaced;

namespace {

// A small valid case; tests break one thing at a time.
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

ReadResult readText(const std::string &text)
{
    return readCaseBytes(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())), QStringLiteral("case.json"));
}

// The single problem of a broken file, as the CLI prints it.
std::string onlyProblem(const std::string &text)
{
    const ReadResult r = readText(text);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.problems.size(), 1u) << r.errorText().toStdString();
    return r.problems.empty() ? std::string() : r.problems.front().toString().toStdString();
}

} // namespace

TEST(CaseFile, ReadsTheValidCase)
{
    const ReadResult r = readText(kValid);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(c.title, QStringLiteral("Small"));
    ASSERT_EQ(c.actors.size(), 3u);
    ASSERT_EQ(c.events.size(), 3u);
    EXPECT_EQ(c.actors[c.origin].handle, QStringLiteral("@ngo"));
    ASSERT_EQ(c.targets.size(), 1u);
    EXPECT_EQ(c.actors[c.targets[0]].handle, QStringLiteral("@army"));
    EXPECT_EQ(c.roles[c.actors[1].role].id, QStringLiteral("journalist")); // default palette
    EXPECT_EQ(c.events[1].parent, 0);
    EXPECT_EQ(c.events[2].promptedBy, std::vector<EventId>{1});
    EXPECT_EQ(c.events[2].mentions, std::vector<ActorId>{2});
    EXPECT_EQ(formatIsoUtc(c.events[0].time), QStringLiteral("2010-01-17T15:00:00Z"));
    EXPECT_EQ(c.notes[0].actor, 1);
    EXPECT_TRUE(c.checkInvariants().isEmpty());
}

TEST(CaseFile, SortsEventsAndRemapsReferences)
{
    // Events listed backwards: the reader sorts by time and remaps parent ids.
    const std::string text = R"({"format": "cascade-case", "version": 1,
      "actors": [{"handle": "a"}, {"handle": "b"}],
      "events": [
        {"id": "late", "time": "2020-01-01T12:00:00Z", "kind": "repost", "author": "b", "parent": "early"},
        {"id": "early", "time": "2020-01-01T10:00:00Z", "kind": "post", "author": "a"}]})";
    const ReadResult r = readText(text);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    EXPECT_EQ(r.value->events[0].key, QStringLiteral("early"));
    EXPECT_EQ(r.value->events[1].parent, 0);
}

TEST(CaseFile, SectionsInAnyOrder)
{
    // Events before actors, actors before roles: still read.
    const std::string text = R"({"events": [{"id": "e", "time": "2020-01-01T10:00:00Z", "kind": "post", "author": "a"}],
      "actors": [{"handle": "a", "role": "pirate"}], "roles": [{"id": "pirate", "label": "Pirate", "color": "#112233"}],
      "version": 1, "format": "cascade-case"})";
    const ReadResult r = readText(text);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    ASSERT_EQ(r.value->roles.size(), 1u);
    EXPECT_EQ(r.value->roles[0].rgb, 0x112233u);
    EXPECT_EQ(r.value->actors[0].role, 0);
}

TEST(CaseFile, KeepsUnknownMembersOnARoundTrip)
{
    const std::string text = replaced(replaced(replaced(kValid, R"("title": "Small",)",
                                                        R"("title": "Small", "x_top": {"a": [1, 2, {"b": null}]},)"),
                                               R"({"handle": "@army", "role": "military"})",
                                               R"({"handle": "@army", "role": "military", "x_rank": "general"})"),
                                      R"("kind": "post", "author": "@ngo",)", R"("kind": "post", "x_score": 1.5e3, "author": "@ngo",)");
    const ReadResult r = readText(text);
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const std::string saved = serializeCase(*r.value);
    EXPECT_NE(saved.find(R"("x_top":{"a":[1,2,{"b":null}]})"), std::string::npos) << saved;
    EXPECT_NE(saved.find(R"("x_rank":"general")"), std::string::npos) << saved;
    EXPECT_NE(saved.find(R"("x_score":1.5e3)"), std::string::npos) << saved;
    const ReadResult again = readText(saved);
    ASSERT_TRUE(again.ok()) << again.errorText().toStdString();
    EXPECT_TRUE(*again.value == *r.value);
    EXPECT_EQ(serializeCase(*again.value), saved);
}

TEST(CaseFile, RoundTripIsByteIdenticalAndEqual)
{
    const ReadResult r = readText(kValid);
    ASSERT_TRUE(r.ok());
    Case c = *r.value;
    c.events[0].text = QStringLiteral("quotes \" backslash \\ newline \n tab \t control \x01 é 🚁 <b>");
    c.events[0].provenance.confidence = 0.7f;
    c.events[0].provenance.inferred = true;
    c.events[1].urls = {QStringLiteral("http://bit.ly/8hYZOK")};
    c.events[2].time += 123; // milliseconds survive
    Milestone beat;
    beat.time = c.events[1].time;
    beat.title = QStringLiteral("Beat");
    beat.speakerNotes = QStringLiteral("Pause here.\nAsk the room who they would call.");
    c.milestones.insert(c.milestones.begin(), beat); // in time order
    SavedLayout layout;
    layout.engine = QStringLiteral("twopi");
    layout.seed = 7;
    layout.positions.resize(3);
    layout.positions[0] = {10.5, -3.25, true, true};
    layout.positions[2] = {0.01, 123456.79, true, false};
    c.layouts[layout.engine] = layout;
    const std::string first = serializeCase(c);
    EXPECT_NE(first.find(R"("speaker_notes": "Pause here.\nAsk)"), std::string::npos) << first;
    const ReadResult back = readText(first);
    ASSERT_TRUE(back.ok()) << back.errorText().toStdString() << first;
    EXPECT_TRUE(*back.value == c);
    EXPECT_EQ(serializeCase(*back.value), first);
}

TEST(CaseFile, WritesAtomicallyAndLeavesOldFileOnFailure)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cascade.json"));
    const ReadResult r = readText(kValid);
    ASSERT_TRUE(r.ok());
    QString error;
    ASSERT_TRUE(writeCaseFile(*r.value, path, &error)) << error.toStdString();
    const ReadResult back = readCaseFile(path);
    ASSERT_TRUE(back.ok()) << back.errorText().toStdString();
    EXPECT_TRUE(*back.value == *r.value);

    Case broken = *r.value;
    broken.events[1].parent = 2; // not earlier: invariant broken
    EXPECT_FALSE(writeCaseFile(broken, path, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(readCaseFile(path).ok()); // the old file is still there and valid
    EXPECT_FALSE(writeCaseFile(*r.value, dir.filePath(QStringLiteral("no/such/dir/x.json")), &error));
}

// ---- one broken file per rule, with its exact message

TEST(CaseFileValidation, UnknownActor)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("author": "@journo", "parent")", R"("author": "@foo", "parent")")),
              R"(case.json:15:82: events[1].author: unknown actor "@foo")");
}

TEST(CaseFileValidation, UnknownMentionedActor)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"(["@army"], "prompted_by")", R"(["@army", "@nobody"], "prompted_by")")),
              R"(case.json:16:114: events[2].mentions[1]: unknown actor "@nobody")");
}

TEST(CaseFileValidation, UnknownParent)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("parent": "e1")", R"("parent": "e9")")),
              R"(case.json:15:103: events[1].parent: unknown event "e9")");
}

TEST(CaseFileValidation, ParentLaterThanChild)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("id": "e1", "time": "2010-01-17T10:00:00-05:00")",
                                   R"("id": "e1", "time": "2010-01-17T11:00:00-05:00")")),
              R"(case.json:15:103: events[1].parent: parent "e1" (2010-01-17T16:00:00Z) is later than this event (2010-01-17T15:45:00Z))");
}

TEST(CaseFileValidation, DuplicateIds)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("id": "e3")", R"("id": "e1")")),
              R"(case.json:16:12: events[2].id: duplicate event id "e1" (also events[0]))");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"({"handle": "@army", "role": "military"})",
                                   R"({"handle": "@army", "role": "military"}, {"handle": "@ngo"})")),
              R"(case.json:11:57: actors[3].handle: duplicate handle "@ngo" (also actors[0]))");
}

// A key holding a place marker is quoted as written: the index after it is not put in
// its place (the message is built in one pass).
TEST(CaseFileValidation, DuplicateIdsThatLookLikePlaceMarkers)
{
    EXPECT_EQ(onlyProblem(replaced(replaced(replaced(kValid, R"(["e2"])", R"(["e1"])"), R"("id": "e3")", R"("id": "e%2")"),
                                   R"("id": "e2")", R"("id": "e%2")")),
              R"(case.json:16:12: events[2].id: duplicate event id "e%2" (also events[1]))");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"({"handle": "@army", "role": "military"})",
                                   R"({"handle": "@army", "role": "military"}, {"handle": "@a%2"}, {"handle": "@a%2"})")),
              R"(case.json:11:77: actors[4].handle: duplicate handle "@a%2" (also actors[3]))");
}

TEST(CaseFileValidation, TimeWithoutOffset)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("2010-01-17T10:45:00-05:00")", R"("2010-01-17T10:45:00")")),
              R"(case.json:15:26: events[1].time: time has no UTC offset (add Z or an offset such as -05:00): "2010-01-17T10:45:00")");
}

TEST(CaseFileValidation, WrongTypes)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("followers": 5000)", R"("followers": "5000")")),
              R"(case.json:9:52: actors[0].followers: expected a whole number, found a string)");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("mentions": ["@army"])", R"("mentions": "@army")")),
              R"(case.json:16:104: events[2].mentions: expected an array, found a string)");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small")", R"("title": 12)")),
              R"(case.json:4:12: title: expected a string, found a number)");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"({"handle": "@army", "role": "military"})",
                                   R"({"handle": "@army", "role": "military", "verified": 3})")),
              R"(case.json:11:57: actors[2].verified: expected a string, found a number)");
}

TEST(CaseFileValidation, MissingRequiredMembers)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("kind": "quote", )", "")),
              R"(case.json:15:5: events[1]: missing required member "kind")");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("events": [)", R"("evts": [)")),
              R"(case.json:1:1: missing required member "events")");
}

TEST(CaseFileValidation, OtherRules)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("kind": "post", "author": "@ngo")", R"("kind": "like", "author": "@ngo")")),
              R"(case.json:14:63: events[0].kind: unknown kind "like" (expected post, repost, reply, quote or offline))");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("version": 1)", R"("version": 2)")),
              R"(case.json:3:14: version: unsupported version 2 (this Cascade reads version 1))");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("role": "ngo")", R"("role": "pirate")")),
              R"(case.json:9:32: actors[0].role: unknown role "pirate")");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("source": "s1")", R"("source": "s2")")),
              R"(case.json:14:99: events[0].source: unknown source "s2")");
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("format": "cascade-case")", R"("format": "other")")),
              R"(case.json:2:13: format: not a Cascade case file ("format" must be "cascade-case", not "other"))");
}

TEST(CaseFileValidation, ReportsEveryProblem)
{
    std::string text = replaced(kValid, R"("author": "@journo", "parent")", R"("author": "@foo", "parent")");
    text = replaced(text, R"("parent": "e1")", R"("parent": "e9")");
    const ReadResult r = readText(text);
    ASSERT_EQ(r.problems.size(), 2u) << r.errorText().toStdString();
    EXPECT_FALSE(r.ok());
}

// ---- bad input: clear errors, no crash, no partial case

TEST(CaseFileBadInput, EmptyFile)
{
    EXPECT_EQ(onlyProblem(""), "case.json:1:1: the file is empty");
    EXPECT_EQ(onlyProblem(" \n\t "), "case.json:1:1: the file is empty");
}

TEST(CaseFileBadInput, TruncatedFile)
{
    const std::string full = kValid;
    for (std::size_t cut : {full.size() / 3, full.size() / 2, full.size() - 5, std::size_t(1)}) {
        const ReadResult r = readText(full.substr(0, cut));
        EXPECT_FALSE(r.ok()) << cut;
        ASSERT_FALSE(r.problems.empty()) << cut;
        EXPECT_FALSE(r.value.has_value());
    }
    EXPECT_EQ(onlyProblem(full.substr(0, full.size() / 2)),
              "case.json:14:67: events[0].kind: expected '\"' to end the string, found the end of the file (is the file cut off?)");
}

TEST(CaseFileBadInput, NotAnObject)
{
    EXPECT_EQ(onlyProblem("[1, 2]"), "case.json:1:1: not a Cascade case file: the top level must be a JSON object");
}

TEST(CaseFileBadInput, DeepNesting)
{
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small")", R"("x_deep": )" + deep)),
              "case.json:4:76: x_deep[0][0][0][0][0][0][0]...: nesting deeper than 64 levels (the limit for case files)");
}

TEST(CaseFileBadInput, InvalidUtf8)
{
    const std::string message = onlyProblem(replaced(kValid, "An article", "An \xC3\x28rticle"));
    EXPECT_EQ(message, "case.json:7:41: sources[0].title: invalid UTF-8 byte 0xC3 (case files are UTF-8 text)");
}

TEST(CaseFileBadInput, MalformedUnknownMember)
{
    EXPECT_EQ(onlyProblem(replaced(kValid, R"("title": "Small")", R"("x": [1 2])")), "case.json:4:11: x: expected ',' or ']', found '2'");
}

TEST(CaseFileBadInput, TrailingText)
{
    EXPECT_EQ(onlyProblem(std::string(kValid) + "{}"), "case.json:21:1: expected the end of the file after the top-level value, found '{'");
}

TEST(CaseFileBadInput, LongStringAndLimits)
{
    ReadOptions options;
    options.maxStringBytes = 32;
    const std::string text = replaced(kValid, R"("title": "Small")", R"("title": "A title much longer than thirty-two bytes")");
    const ReadResult r = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("case.json"), options);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].toString().toStdString(), "case.json:4:12: title: string of 41 bytes is longer than the limit of 32 bytes");

    ReadOptions few;
    few.maxEvents = 2;
    const ReadResult many = readCaseBytes(QByteArrayView(kValid, qsizetype(std::strlen(kValid))), QStringLiteral("case.json"), few);
    EXPECT_FALSE(many.ok());
    EXPECT_NE(many.errorText().indexOf(QStringLiteral("more than 2 events")), -1) << many.errorText().toStdString();
}

TEST(CaseFileBadInput, HugeFileIsRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(qint64(1) << 30)); // a sparse 1 GiB file
    f.close();
    const ReadResult r = readCaseFile(path);
    ASSERT_EQ(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].toString().toStdString(),
              QString(path + QStringLiteral(":1:1: file is 1.0 GiB, larger than the limit of 512.0 MiB for case files")).toStdString());
}

TEST(CaseFileBadInput, MissingFileAndFolder)
{
    EXPECT_NE(readCaseFile(QStringLiteral("/no/such/file.json")).errorText().indexOf(QStringLiteral("cannot open")), -1);
    EXPECT_NE(readCaseFile(QDir::tempPath()).errorText().indexOf(QStringLiteral("is a folder")), -1);
}

TEST(CaseFileBadInput, CancelStopsReading)
{
    std::string text = R"({"format": "cascade-case", "version": 1, "actors": [{"handle": "a"}], "events": [)";
    for (int i = 0; i < 200000; ++i) {
        if (i)
            text += ',';
        text += R"({"id": "e)" + std::to_string(i) + R"(", "time": "2020-01-01T10:00:00Z", "kind": "post", "author": "a"})";
    }
    text += "]}";
    ReadOptions options;
    int calls = 0;
    options.progress = [&calls](double) { return ++calls < 2; };
    const ReadResult r = readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("big"), options);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(calls, 2);
}
