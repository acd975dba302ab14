// SPDX-License-Identifier: GPL-3.0-or-later
// Edits as an editor makes them (core/model/caseedit.h): actors added, deleted with
// what goes with them, merged; events added, moved in time, deleted with their relays;
// and the problems that refuse a value, each in a sentence.
#include "core/model/caseedit.h"
#include "core/io/casefile.h"

#include <gtest/gtest.h>

namespace cascade {
namespace {

Case haiti()
{
    ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
    return std::move(*r.value);
}

Actor actor(const char *handle)
{
    Actor a;
    a.handle = QLatin1String(handle);
    a.platform = QStringLiteral("twitter");
    return a;
}

Event event(const char *key, TimeMs time, EventKind kind, ActorId author, EventId parent = kNoEvent)
{
    Event e;
    e.key = QLatin1String(key);
    e.time = time;
    e.kind = kind;
    e.author = author;
    e.parent = parent;
    return e;
}

// @a posts e1; @b reposts it (e2); @c replies to the repost (e3); @b posts e4 that
// mentions @a; @a's offline contact e5 reaches @b and @c.
Case small()
{
    Case c = makeEmptyCase();
    addActor(c, actor("@a"));
    addActor(c, actor("@b"));
    addActor(c, actor("@c"));
    c.events.push_back(event("e1", 1000, EventKind::Post, 0));
    c.events.push_back(event("e2", 2000, EventKind::Repost, 1, 0));
    c.events.push_back(event("e3", 3000, EventKind::Reply, 2, 1));
    Event e4 = event("e4", 4000, EventKind::Post, 1);
    e4.mentions = {0};
    e4.promptedBy = {2};
    c.events.push_back(e4);
    Event e5 = event("e5", 5000, EventKind::Offline, 0);
    e5.reached = {1, 2};
    c.events.push_back(e5);
    c.origin = 0;
    c.targets = {2};
    Note pinned;
    pinned.actor = 1;
    pinned.text = QStringLiteral("on b");
    c.notes.push_back(pinned);
    c.invalidateIndex();
    EXPECT_EQ(c.checkInvariants(), QString());
    return c;
}

TEST(CaseEdit, ActorProblemsNameWhatIsWrong)
{
    const Case c = small();
    EXPECT_EQ(actorProblem(c, kNoActor, actor("@new")), QString());
    EXPECT_EQ(actorProblem(c, 1, actor("@b")), QString()); // its own handle
    EXPECT_TRUE(actorProblem(c, kNoActor, actor("")).contains(QStringLiteral("empty")));
    EXPECT_TRUE(actorProblem(c, kNoActor, actor("   ")).contains(QStringLiteral("empty")));
    EXPECT_EQ(actorProblem(c, kNoActor, actor("@B")), QStringLiteral("Another actor, @b, already has this handle."));
    EXPECT_EQ(actorProblem(c, 0, actor("b")), QStringLiteral("Another actor, @b, already has this handle."));
    Actor negative = actor("@d");
    negative.followers = -3;
    EXPECT_TRUE(actorProblem(c, kNoActor, negative).contains(QStringLiteral("negative")));
    Actor badRole = actor("@d");
    badRole.role = static_cast<RoleId>(c.roles.size());
    EXPECT_TRUE(actorProblem(c, kNoActor, badRole).contains(QStringLiteral("palette")));
}

TEST(CaseEdit, RemovingAnActorTakesItsEventsTheirRelaysAndItsNotes)
{
    Case c = small();
    const ActorRemovalImpact impact = actorRemovalImpact(c, {1});
    EXPECT_EQ(impact.ownEvents, 2); // e2, e4
    EXPECT_EQ(impact.relays, 1);    // e3 replies to e2
    EXPECT_EQ(impact.notes, 1);
    removeActors(c, {1});
    EXPECT_EQ(c.checkInvariants(), QString());
    ASSERT_EQ(c.actors.size(), 2u);
    EXPECT_EQ(c.actors[1].handle, QStringLiteral("@c"));
    ASSERT_EQ(c.events.size(), 2u);
    EXPECT_EQ(c.events[0].key, QStringLiteral("e1"));
    EXPECT_EQ(c.events[1].key, QStringLiteral("e5"));
    EXPECT_EQ(c.events[1].reached, std::vector<ActorId>{1}); // @c, renumbered
    EXPECT_EQ(c.targets, std::vector<ActorId>{1});
    EXPECT_TRUE(c.notes.empty());
    EXPECT_EQ(c.actorByHandle(QStringLiteral("@c")), 1);
    EXPECT_EQ(c.eventByKey(QStringLiteral("e5")), 1);
}

TEST(CaseEdit, RemovingTheOriginClearsIt)
{
    Case c = small();
    removeActors(c, {0});
    EXPECT_EQ(c.origin, kNoActor);
    EXPECT_EQ(c.targets, std::vector<ActorId>{1});
    // e1 went, so did its repost e2 and the reply e3; e4 stays without its prompt.
    ASSERT_EQ(c.events.size(), 1u);
    EXPECT_EQ(c.events[0].key, QStringLiteral("e4"));
    EXPECT_TRUE(c.events[0].mentions.empty());
    EXPECT_TRUE(c.events[0].promptedBy.empty());
    EXPECT_EQ(c.checkInvariants(), QString());
}

TEST(CaseEdit, AddingAnActorLeavesItUnplacedInSavedLayouts)
{
    Case c = small();
    SavedLayout layout;
    layout.engine = QStringLiteral("sfdp");
    layout.positions.resize(3);
    c.layouts[layout.engine] = layout;
    const ActorId d = addActor(c, actor("@d"));
    EXPECT_EQ(d, 3);
    EXPECT_EQ(c.layouts[QStringLiteral("sfdp")].positions.size(), 4u);
    EXPECT_EQ(c.actorByHandle(QStringLiteral("@d")), 3);
    removeActors(c, {0});
    EXPECT_EQ(c.layouts[QStringLiteral("sfdp")].positions.size(), 3u);
    EXPECT_EQ(c.checkInvariants(), QString());
}

TEST(CaseEdit, MergingMovesEventsAndKeepsTheKeptFields)
{
    Case c = small();
    c.actors[0].name = QStringLiteral("Kept");
    c.actors[1].name = QStringLiteral("Dropped");
    c.actors[1].note = QStringLiteral("renamed account");
    c.actors[1].followers = 500;
    const ActorId kept = mergeActors(c, 0, 1);
    EXPECT_EQ(kept, 0);
    ASSERT_EQ(c.actors.size(), 2u);
    EXPECT_EQ(c.actors[0].handle, QStringLiteral("@a"));
    EXPECT_EQ(c.actors[0].name, QStringLiteral("Kept"));
    EXPECT_EQ(c.actors[0].note, QStringLiteral("renamed account"));
    EXPECT_EQ(c.actors[0].followers, 500);
    ASSERT_EQ(c.events.size(), 5u); // nothing lost
    EXPECT_EQ(c.events[1].author, 0);
    EXPECT_EQ(c.events[3].author, 0);
    EXPECT_EQ(c.events[4].reached, (std::vector<ActorId>{0, 1})); // @b became @a, @c is 1 now
    ASSERT_EQ(c.notes.size(), 1u);
    EXPECT_EQ(c.notes[0].actor, 0);
    EXPECT_EQ(c.checkInvariants(), QString());

    Case d = small();
    EXPECT_EQ(mergeActors(d, 2, 0), 1); // keep @c, whose id moves down
    EXPECT_EQ(d.actors[1].handle, QStringLiteral("@c"));
    EXPECT_EQ(d.origin, 1);
    EXPECT_EQ(d.events[0].author, 1);
}

TEST(CaseEdit, MergingTakesAVerificationOfTheSamePlatformOnly)
{
    Case c = small();
    c.actors[1].verified = QStringLiteral("government");
    mergeActors(c, 0, 1);
    EXPECT_EQ(c.actors[0].verified, QStringLiteral("government"));

    // The kept actor's own value wins, even "none".
    Case kept = small();
    kept.actors[0].verified = QStringLiteral("none");
    kept.actors[1].verified = QStringLiteral("blue");
    mergeActors(kept, 0, 1);
    EXPECT_EQ(kept.actors[0].verified, QStringLiteral("none"));

    // A Twitter badge says nothing of the same person's Bluesky account.
    Case other = small();
    other.actors[0].platform = QStringLiteral("bluesky");
    other.actors[1].verified = QStringLiteral("verified");
    mergeActors(other, 0, 1);
    EXPECT_EQ(other.actors[0].verified, QString());
}

TEST(CaseEdit, EventsGoInTimeOrderAndRelaysFollow)
{
    Case c = small();
    EXPECT_EQ(freeEventKey(c), QStringLiteral("e6"));
    Event early = event("e6", 1500, EventKind::Reply, 2, 0);
    EXPECT_EQ(eventProblem(c, kNoEvent, early), QString());
    const EventId id = insertEvent(c, early);
    EXPECT_EQ(id, 1);
    EXPECT_EQ(c.events[2].key, QStringLiteral("e2"));
    EXPECT_EQ(c.events[3].parent, 2); // e3 still replies to e2, renumbered
    EXPECT_EQ(c.events[4].promptedBy, std::vector<EventId>{3}); // e3, renumbered
    EXPECT_EQ(c.checkInvariants(), QString());

    // Moving e1 after the reply e6 is refused; moving e4 earlier than e3 is fine.
    Event late = c.events[0];
    late.time = 2500;
    EXPECT_EQ(eventProblem(c, 0, late), QStringLiteral("Event e6 relays this one at 1970-01-01T00:00:01.500Z: this one cannot move after it."));
    Event moved = c.events[4];
    moved.time = 1200;
    moved.promptedBy.clear();
    EXPECT_EQ(eventProblem(c, 4, moved), QString());
    EXPECT_EQ(replaceEvent(c, 4, moved), 1);
    EXPECT_EQ(c.events[1].key, QStringLiteral("e4"));
    EXPECT_EQ(c.checkInvariants(), QString());

    removeEvents(c, {c.eventByKey(QStringLiteral("e1"))});
    // e1 with every relay of it: e6, e2, e3.
    ASSERT_EQ(c.events.size(), 2u);
    EXPECT_EQ(c.events[0].key, QStringLiteral("e4"));
    EXPECT_EQ(c.events[1].key, QStringLiteral("e5"));
    EXPECT_EQ(c.checkInvariants(), QString());
}

TEST(CaseEdit, EventProblemsNameWhatIsWrong)
{
    const Case c = small();
    EXPECT_EQ(eventProblem(c, kNoEvent, event("e2", 100, EventKind::Post, 0)), QStringLiteral("Another event already has the id e2."));
    EXPECT_TRUE(eventProblem(c, kNoEvent, event("", 100, EventKind::Post, 0)).contains(QStringLiteral("no id")));
    EXPECT_TRUE(eventProblem(c, kNoEvent, event("x", 100, EventKind::Post, kNoActor)).contains(QStringLiteral("wrote")));
    EXPECT_TRUE(eventProblem(c, kNoEvent, event("x", -1, EventKind::Post, 0)).contains(QStringLiteral("1970")));
    EXPECT_TRUE(eventProblem(c, kNoEvent, event("x", kLatestEditableTime, EventKind::Post, 0)).contains(QStringLiteral("2099")));
    EXPECT_TRUE(eventProblem(c, kNoEvent, event("x", 100, EventKind::Repost, 1)).contains(QStringLiteral("needs")));
    EXPECT_TRUE(eventProblem(c, kNoEvent, event("x", 500, EventKind::Reply, 1, 0)).contains(QStringLiteral("later")));
    EXPECT_TRUE(eventProblem(c, kNoEvent, event("x", 500, EventKind::Offline, 1)).contains(QStringLiteral("reach")));
    Event unsure = event("x", 500, EventKind::Post, 1);
    unsure.provenance.confidence = 1.5f;
    EXPECT_TRUE(eventProblem(c, kNoEvent, unsure).contains(QStringLiteral("confidence")));
    EXPECT_EQ(eventProblem(c, 0, c.events[0]), QString()); // an unchanged event
}

TEST(CaseEdit, HaitiKeepsItsInvariantsThroughDeleteAndMerge)
{
    Case c = haiti();
    const ActorId curry = c.findActor(QStringLiteral("anncurry"));
    ASSERT_NE(curry, kNoActor);
    const ActorRemovalImpact impact = actorRemovalImpact(c, {curry});
    EXPECT_GT(impact.ownEvents, 0);
    EXPECT_GT(impact.relays, 0); // the retweets of her targeted tweet
    Case removed = c;
    removeActors(removed, {curry});
    EXPECT_EQ(removed.checkInvariants(), QString());
    EXPECT_EQ(static_cast<std::int64_t>(removed.events.size()),
              static_cast<std::int64_t>(c.events.size()) - impact.ownEvents - impact.relays);
    EXPECT_EQ(removed.findActor(QStringLiteral("anncurry")), kNoActor);

    const ActorId msf = c.findActor(QStringLiteral("MSF_USA"));
    ASSERT_NE(msf, kNoActor);
    Case merged = c;
    mergeActors(merged, msf, curry);
    EXPECT_EQ(merged.checkInvariants(), QString());
    EXPECT_EQ(merged.events.size(), c.events.size());
}

} // namespace
} // namespace cascade
