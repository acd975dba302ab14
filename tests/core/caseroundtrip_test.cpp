// SPDX-License-Identifier: GPL-3.0-or-later
// Round trips over generated cases, the bundled case and the docs example, and the
// model's invariants.
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/interaction.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cascade;

namespace {

ReadResult readString(const std::string &text)
{
    return readCaseBytes(QByteArrayView(text.data(), qsizetype(text.size())), QStringLiteral("mem"));
}

QString sourcePath(const char *relative)
{
    return QStringLiteral(CASCADE_SOURCE_DIR "/") + QLatin1String(relative);
}

} // namespace

TEST(CaseRoundTrip, GeneratedCasesOverManySeeds)
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const auto actors = static_cast<std::int64_t>(1 + (seed * 37) % 300);
        const auto events = static_cast<std::int64_t>((seed * 101) % 2000);
        const Case c = generateCase({actors, events, seed});
        ASSERT_TRUE(c.checkInvariants().isEmpty()) << seed;
        const std::string first = serializeCase(c);
        const ReadResult back = readString(first);
        ASSERT_TRUE(back.ok()) << "seed " << seed << ": " << back.errorText().toStdString();
        EXPECT_TRUE(*back.value == c) << "seed " << seed;
        EXPECT_EQ(serializeCase(*back.value), first) << "seed " << seed;
    }
}

TEST(CaseRoundTrip, SameSeedSameBytesThroughFiles)
{
    QTemporaryDir dir;
    const Case c = generateCase({500, 5000, 42});
    const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json"));
    ASSERT_TRUE(writeCaseFile(c, a));
    const ReadResult loaded = readCaseFile(a);
    ASSERT_TRUE(loaded.ok()) << loaded.errorText().toStdString();
    ASSERT_TRUE(writeCaseFile(*loaded.value, b));
    QFile fa(a), fb(b);
    ASSERT_TRUE(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray bytesA = fa.readAll();
    EXPECT_GT(bytesA.size(), 100000);
    EXPECT_EQ(bytesA, fb.readAll());
}

TEST(CaseRoundTrip, BundledHaitiCaseAndDocsExampleLoad)
{
    for (const char *file : {"resources/cases/haiti-2010.cascade.json", "docs/examples/minimal.cascade.json"}) {
        const ReadResult r = readCaseFile(sourcePath(file));
        ASSERT_TRUE(r.ok()) << file << ": " << r.errorText().toStdString();
        EXPECT_TRUE(r.value->checkInvariants().isEmpty()) << file;
        const std::string text = serializeCase(*r.value);
        const ReadResult again = readString(text);
        ASSERT_TRUE(again.ok()) << file;
        EXPECT_TRUE(*again.value == *r.value) << file;
    }
}

TEST(CaseModel, HaitiCaseHasTheStoryBeats)
{
    const ReadResult r = readCaseFile(sourcePath("resources/cases/haiti-2010.cascade.json"));
    ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(c.displayZone, QStringLiteral("America/Port-au-Prince"));
    ASSERT_NE(c.origin, kNoActor);
    EXPECT_EQ(c.actors[c.origin].handle, QStringLiteral("@MSF_USA"));
    ASSERT_EQ(c.targets.size(), 1u);
    EXPECT_EQ(c.actors[c.targets[0]].handle, QStringLiteral("@usairforce"));
    const ActorId curry = c.actorByHandle(QStringLiteral("@AnnCurry"));
    ASSERT_NE(curry, kNoActor);
    EXPECT_EQ(c.roles[c.actors[curry].role].id, QStringLiteral("journalist"));
    EXPECT_GE(c.actors[curry].followers, 900000);
    EXPECT_EQ(c.milestones.size(), 7u);
    int synthetic = 0;
    for (const Actor &a : c.actors)
        synthetic += a.synthetic;
    EXPECT_GE(synthetic, 20);
    // Every event carries its source and its confidence; all five kinds occur.
    bool kinds[kEventKindCount] = {};
    for (const Event &e : c.events) {
        EXPECT_NE(e.provenance.source, kNoSource) << e.key.toStdString();
        EXPECT_GT(e.provenance.confidence, 0.0f);
        kinds[static_cast<int>(e.kind)] = true;
    }
    for (bool k : kinds)
        EXPECT_TRUE(k);
    // Curry's tweets at 10:45, 10:55 and 11:52 Port-au-Prince time (UTC-5).
    std::vector<QString> curryTimes;
    for (const Event &e : c.events)
        if (e.author == curry && e.kind != EventKind::Offline)
            curryTimes.push_back(formatIsoUtc(e.time));
    for (const char *t : {"2010-01-17T15:45:00Z", "2010-01-17T15:55:00Z", "2010-01-17T16:52:00Z"})
        EXPECT_NE(std::find(curryTimes.begin(), curryTimes.end(), QLatin1String(t)), curryTimes.end()) << t;
}

TEST(CaseModel, InvariantsCatchBrokenCases)
{
    Case c = generateCase({50, 300, 3});
    ASSERT_TRUE(c.checkInvariants().isEmpty());
    Case unsorted = c;
    std::swap(unsorted.events[10].time, unsorted.events[200].time);
    EXPECT_FALSE(unsorted.checkInvariants().isEmpty());
    unsorted.sortEvents();
    // Sorting restores order, but a parent may now be later than its child: either the
    // invariants hold again or they name the parent.
    const QString after = unsorted.checkInvariants();
    EXPECT_TRUE(after.isEmpty() || after.contains(QStringLiteral("parent")) || after.contains(QStringLiteral("prompted")))
        << after.toStdString();
    Case badAuthor = c;
    badAuthor.events[5].author = 999;
    EXPECT_FALSE(badAuthor.checkInvariants().isEmpty());
    Case dupHandle = c;
    dupHandle.actors[1].handle = dupHandle.actors[0].handle;
    EXPECT_FALSE(dupHandle.checkInvariants().isEmpty());
}

TEST(CaseModel, SortEventsRemapsParents)
{
    Case c = makeEmptyCase();
    c.actors = {Actor{QStringLiteral("a")}, Actor{QStringLiteral("b")}};
    Event late{QStringLiteral("late"), 2000, EventKind::Repost, 1};
    Event early{QStringLiteral("early"), 1000, EventKind::Post, 0};
    late.parent = 1; // index of "early" before sorting
    c.events = {late, early};
    c.sortEvents();
    ASSERT_EQ(c.events[0].key, QStringLiteral("early"));
    EXPECT_EQ(c.events[1].parent, 0);
    EXPECT_EQ(c.eventByKey(QStringLiteral("late")), 1);
    EXPECT_TRUE(c.checkInvariants().isEmpty());
}

TEST(CaseModel, InteractionsFollowEvents)
{
    Case c = makeEmptyCase();
    c.actors = {Actor{QStringLiteral("a")}, Actor{QStringLiteral("b")}, Actor{QStringLiteral("c")}};
    Event post{QStringLiteral("p"), 1000, EventKind::Post, 0};
    Event repost{QStringLiteral("r"), 2000, EventKind::Repost, 1};
    repost.parent = 0;
    Event offline{QStringLiteral("o"), 3000, EventKind::Offline, 2};
    offline.reached = {0, 1};
    offline.provenance.inferred = true;
    Event reply{QStringLiteral("y"), 4000, EventKind::Reply, 2};
    reply.parent = 1;
    reply.mentions = {0};
    c.events = {post, repost, offline, reply};
    const std::vector<Interaction> in = deriveInteractions(c);
    ASSERT_EQ(in.size(), 5u);
    EXPECT_EQ(in[0], (Interaction{1, 0, 1, 2000, InteractionKind::Repost, false}));
    EXPECT_EQ(in[1], (Interaction{2, 0, 2, 3000, InteractionKind::Offline, true}));
    EXPECT_EQ(in[2], (Interaction{2, 1, 2, 3000, InteractionKind::Offline, true}));
    EXPECT_EQ(in[3], (Interaction{2, 1, 3, 4000, InteractionKind::Reply, false}));
    EXPECT_EQ(in[4], (Interaction{2, 0, 3, 4000, InteractionKind::Mention, false}));
    Flow flows[2];
    ASSERT_EQ(messageFlows(in[0], flows), 1); // a repost carries the message from the original author
    EXPECT_EQ(flows[0].sender, 0);
    EXPECT_EQ(flows[0].receiver, 1);
    ASSERT_EQ(messageFlows(in[3], flows), 2); // a reply, both ways
}
