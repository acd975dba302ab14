// SPDX-License-Identifier: GPL-3.0-or-later
// mergeCases: an imported case added to an open one (File > Import, "Add to the open case").
#include "tests/core/importtestutil.h"

#include "core/model/casemerge.h"
#include "core/model/uniquenames.h"

using namespace cascade;
using namespace cascade::test;

namespace {

Case imported(const QStringList &relatives)
{
    QStringList paths;
    for (const QString &r : relatives)
        paths.push_back(importFixture(r.toUtf8().constData()));
    ImportResult r = importFiles(paths);
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    return r.value ? std::move(*r.value) : Case{};
}

} // namespace

TEST(CaseMerge, SameCaseAddsNothing)
{
    const Case base = imported({QStringLiteral("twarc/stream.jsonl")});
    const CaseMergeResult m = mergeCases(base, base);
    ASSERT_TRUE(m.value) << m.error.toStdString();
    EXPECT_EQ(m.report.eventsAdded, 0);
    EXPECT_EQ(m.report.eventsDuplicate, static_cast<std::int64_t>(base.events.size()));
    EXPECT_EQ(m.report.actorsAdded, 0);
    EXPECT_EQ(m.report.actorsMatched, static_cast<std::int64_t>(base.actors.size()));
    EXPECT_EQ(m.value->actors, base.actors);
    EXPECT_EQ(m.value->events, base.events);
    EXPECT_EQ(m.value->sources.size(), 2 * base.sources.size()); // the import's sources, ids made unique
    EXPECT_EQ(m.value->checkInvariants(), QString());
}

TEST(CaseMerge, MatchesWhatOneImportOfBothGives)
{
    // Merging two imports gives the events and actors that one import of both inputs
    // gives: posts by key, accounts by platform id.
    for (const auto &[first, second] :
         {std::pair{QStringLiteral("twarc/stream.jsonl"), QStringLiteral("twarc/search.json")},
          std::pair{QStringLiteral("bluesky/thread.json"), QStringLiteral("bluesky/feed.json")},
          std::pair{QStringLiteral("twarc/stream.jsonl"), QStringLiteral("mastodon/statuses.json")}}) {
        const Case a = imported({first});
        const Case b = imported({second});
        const Case both = imported({first, second});
        const CaseMergeResult m = mergeCases(a, b);
        ASSERT_TRUE(m.value) << m.error.toStdString();
        const Case &c = *m.value;
        EXPECT_EQ(c.checkInvariants(), QString());
        EXPECT_EQ(c.events.size(), both.events.size()) << first.toStdString() << " + " << second.toStdString();
        EXPECT_EQ(c.actors.size(), both.actors.size()) << first.toStdString() << " + " << second.toStdString();
        EXPECT_EQ(m.report.eventsAdded + static_cast<std::int64_t>(a.events.size()), static_cast<std::int64_t>(c.events.size()));
        EXPECT_EQ(m.report.eventsAdded + m.report.eventsDuplicate, static_cast<std::int64_t>(b.events.size()));
        // Every event of the joint import is there, by the same author, with the same parent.
        for (const Event &e : both.events) {
            const Event *got = eventByKey(c, e.key);
            ASSERT_NE(got, nullptr) << e.key.toStdString();
            EXPECT_EQ(c.actors[static_cast<std::size_t>(got->author)].platformId,
                      both.actors[static_cast<std::size_t>(e.author)].platformId)
                << e.key.toStdString();
            EXPECT_EQ(parentKey(c, *got), parentKey(both, e)) << e.key.toStdString();
        }
    }
}

TEST(CaseMerge, SameHandleOtherAccountGetsAUniqueHandle)
{
    Case base = makeEmptyCase();
    base.actors.push_back(Actor{QStringLiteral("@x"), {}, QStringLiteral("twitter"), QStringLiteral("1")});
    base.actors.push_back(Actor{QStringLiteral("@y"), {}, QStringLiteral("twitter"), {}});
    Case added = makeEmptyCase();
    added.actors.push_back(Actor{QStringLiteral("@X"), {}, QStringLiteral("twitter"), QStringLiteral("2")}); // another account
    added.actors.push_back(Actor{QStringLiteral("@Y"), {}, QStringLiteral("twitter"), QStringLiteral("9")}); // the same, now with its id
    added.actors.push_back(Actor{QStringLiteral("@x"), {}, QStringLiteral("bluesky"), QStringLiteral("did:x")});
    Event e;
    e.key = QStringLiteral("twitter:5");
    e.author = 0;
    e.mentions = {1, 2};
    added.events.push_back(e);
    base.layouts[QStringLiteral("dot")].positions.resize(2);
    const CaseMergeResult m = mergeCases(base, added);
    ASSERT_TRUE(m.value) << m.error.toStdString();
    const Case &c = *m.value;
    ASSERT_EQ(c.actors.size(), 4u);
    EXPECT_EQ(c.actors[2].handle, QStringLiteral("@X~2"));
    EXPECT_EQ(c.actors[2].platformId, QStringLiteral("2"));
    EXPECT_EQ(c.actors[3].handle, QStringLiteral("@x~3")); // "@x~2" is taken (handles compare in any case)
    EXPECT_EQ(c.actors[3].platform, QStringLiteral("bluesky"));
    EXPECT_EQ(m.report.actorsMatched, 1);
    ASSERT_EQ(c.events.size(), 1u);
    EXPECT_EQ(c.events[0].author, 2);
    EXPECT_EQ(c.events[0].mentions, (std::vector<ActorId>{1, 3}));
    EXPECT_EQ(c.layouts.at(QStringLiteral("dot")).positions.size(), 4u);
    EXPECT_EQ(c.checkInvariants(), QString());
}

TEST(UniqueNames, FirstFreeNumberAndItsCase)
{
    UniqueNames names(QStringLiteral("~"), true);
    names.reserve(QStringLiteral("@bob"));
    names.reserve(QStringLiteral("@Bob~3")); // a real handle that looks numbered
    EXPECT_EQ(names.take(QStringLiteral("@BOB")), QStringLiteral("@BOB~2"));
    EXPECT_EQ(names.take(QStringLiteral("@bob")), QStringLiteral("@bob~4"));
    EXPECT_EQ(names.take(QStringLiteral("@carol")), QStringLiteral("@carol"));
    // Many accounts with one handle: each gets the next number, all distinct.
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i)
        seen.insert(names.take(QStringLiteral("@bob")).toLower());
    EXPECT_EQ(seen.size(), 20000);
    EXPECT_TRUE(seen.contains(QStringLiteral("@bob~20004")));
    UniqueNames exact(QStringLiteral("-"), false);
    exact.reserve(QStringLiteral("import-1"));
    EXPECT_EQ(exact.take(QStringLiteral("Import-1")), QStringLiteral("Import-1"));
    EXPECT_EQ(exact.take(QStringLiteral("import-1")), QStringLiteral("import-1-2"));
}
