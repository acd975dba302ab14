// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/generator.h"
#include "core/generate/population.h"
#include "core/generate/random.h"

#include <gtest/gtest.h>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

using namespace cascade;

namespace {

Case generate(std::int64_t actors, std::int64_t events, std::uint64_t seed)
{
    GeneratorOptions options;
    options.actors = actors;
    options.events = events;
    options.seed = seed;
    return generateCase(options);
}

const Role &roleOf(const Case &c, ActorId a)
{
    return c.roles[static_cast<std::size_t>(c.actors[static_cast<std::size_t>(a)].role)];
}

// The root post of every event's cascade (kNoEvent for offline contacts), computed from
// parent links alone.
std::vector<EventId> cascadeRoots(const Case &c)
{
    std::vector<EventId> root(c.events.size(), kNoEvent);
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events[i];
        if (e.kind == EventKind::Offline)
            continue;
        root[i] = e.parent == kNoEvent ? static_cast<EventId>(i) : root[static_cast<std::size_t>(e.parent)];
    }
    return root;
}

std::vector<std::int64_t> cascadeSizes(const Case &c)
{
    std::vector<std::int64_t> size(c.events.size(), 0);
    for (EventId r : cascadeRoots(c))
        if (r != kNoEvent)
            ++size[static_cast<std::size_t>(r)];
    std::vector<std::int64_t> sizes;
    for (std::size_t i = 0; i < c.events.size(); ++i)
        if (c.events[i].kind == EventKind::Post && c.events[i].parent == kNoEvent)
            sizes.push_back(size[i]);
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

// Everything a generated case promises beyond Case::checkInvariants().
void expectWellFormed(const Case &c, const char *label)
{
    SCOPED_TRACE(label);
    ASSERT_EQ(c.checkInvariants(), QString());
    ASSERT_EQ(c.roles, defaultRoles());
    ASSERT_EQ(c.sources.size(), 1u);
    EXPECT_EQ(c.sources[0].id, QStringLiteral("synthetic"));
    const TimeMs start = *parseIsoTime(std::string_view("2024-03-01T08:00:00Z"));
    const QSet<QString> channels = {QStringLiteral("press-release"), QStringLiteral("phone"),
                                    QStringLiteral("email"), QStringLiteral("meeting")};
    const int keyWidth = std::max(7, static_cast<int>(QString::number(c.events.size()).size()));
    for (std::size_t i = 0; i < c.actors.size(); ++i) {
        const Actor &a = c.actors[i];
        ASSERT_EQ(a.handle, QStringLiteral("@u%1").arg(i, QString::number(c.actors.size()).size(), 10, QLatin1Char('0')));
        ASSERT_NE(a.role, kNoRole);
        ASSERT_FALSE(a.name.isEmpty());
        ASSERT_GE(a.followers, 0);
    }
    // The lookup index is fresh.
    ASSERT_EQ(c.actorByHandle(c.actors.back().handle), static_cast<ActorId>(c.actors.size() - 1));
    if (!c.events.empty()) {
        ASSERT_EQ(c.eventByKey(c.events.back().key), static_cast<EventId>(c.events.size() - 1));
    }
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events[i];
        SCOPED_TRACE(e.key.toStdString());
        ASSERT_EQ(e.key, QStringLiteral("e%1").arg(i + 1, keyWidth, 10, QLatin1Char('0')));
        ASSERT_GE(e.time, start);
        ASSERT_LT(e.time, start + 10 * kMsPerDay);
        ASSERT_EQ(e.provenance.source, 0);
        ASSERT_EQ(e.provenance.confidence, 1.0f);
        const bool relays = e.kind == EventKind::Repost || e.kind == EventKind::Reply || e.kind == EventKind::Quote;
        ASSERT_EQ(relays, e.parent != kNoEvent);
        ActorId parentAuthor = kNoActor;
        if (relays) {
            const Event &parent = c.events[static_cast<std::size_t>(e.parent)];
            ASSERT_LT(parent.time, e.time); // strictly earlier, not just earlier in the vector
            ASSERT_NE(parent.kind, EventKind::Repost);
            ASSERT_NE(parent.kind, EventKind::Offline);
            parentAuthor = parent.author;
        }
        for (EventId p : e.promptedBy) {
            ASSERT_LT(c.events[static_cast<std::size_t>(p)].time, e.time);
        }
        // Mentions: distinct, never the author, never the parent's author (that link is
        // the parent's), none on reposts (the automatic "RT @x" is not a mention).
        if (e.kind == EventKind::Repost || e.kind == EventKind::Offline) {
            ASSERT_TRUE(e.mentions.empty());
        }
        for (std::size_t k = 0; k < e.mentions.size(); ++k) {
            ASSERT_NE(e.mentions[k], e.author);
            ASSERT_NE(e.mentions[k], parentAuthor);
            ASSERT_EQ(std::count(e.mentions.begin(), e.mentions.end(), e.mentions[k]), 1);
        }
        if (e.kind == EventKind::Offline) {
            ASSERT_TRUE(channels.contains(e.channel));
            ASSERT_FALSE(e.reached.empty());
            for (ActorId a : e.reached) {
                ASSERT_NE(a, e.author);
                ASSERT_EQ(std::count(e.reached.begin(), e.reached.end(), a), 1);
            }
        } else {
            ASSERT_TRUE(e.channel.isEmpty());
            ASSERT_TRUE(e.reached.empty());
        }
        if (e.kind == EventKind::Repost) {
            ASSERT_TRUE(e.text.isEmpty());
        } else {
            ASSERT_GE(e.text.size(), 20);
            ASSERT_LE(e.text.size(), 80);
            ASSERT_TRUE(e.lang == QStringLiteral("en") || e.lang == QStringLiteral("fr"));
            ASSERT_EQ(e.lang == QStringLiteral("fr"), !e.gloss.isEmpty());
        }
    }
    if (!c.events.empty()) {
        ASSERT_NE(c.origin, kNoActor);
        for (ActorId t : c.targets) {
            ASSERT_NE(t, c.origin);
            const QString role = roleOf(c, t).id;
            ASSERT_TRUE(role == QStringLiteral("military") || role == QStringLiteral("government"));
        }
    }
    ASSERT_LE(c.milestones.size(), 5u);
    for (const Milestone &m : c.milestones) {
        ASSERT_GE(m.time, c.startTime());
        ASSERT_LE(m.time, c.endTime());
        ASSERT_FALSE(m.title.isEmpty());
    }
    ASSERT_GE(c.notes.size(), 1u);
}

} // namespace

TEST(Random, MatchesTheReferenceAlgorithms)
{
    // Expected values from an independent Python transcription of the reference C code of
    // splitmix64 and xoshiro256** (splitmix64 from 0 first gives 0xe220a8397b1dcdaf).
    Random zero(0);
    EXPECT_EQ(zero.next(), 0x99ec5f36cb75f2b4ull);
    EXPECT_EQ(zero.next(), 0xbf6e1f784956452aull);
    EXPECT_EQ(zero.next(), 0x1a5f849d4933e6e0ull);
    Random one(1);
    EXPECT_EQ(one.next(), 0xb3f2af6d0fc710c5ull);
    Random max(~0ull);
    EXPECT_EQ(max.next(), 0x8f5520d52a7ead08ull);
}

TEST(Random, PortableMathAgreesWithLibm)
{
    for (double x = 1e-300; x < 1e300; x *= 1.37) {
        ASSERT_NEAR(portableLog(x), std::log(x), 2e-15 * std::max(1.0, std::abs(std::log(x)))) << x;
    }
    for (double x = -700; x <= 700; x += 0.173) {
        ASSERT_NEAR(portableExp(x), std::exp(x), 4e-15 * std::exp(x)) << x;
    }
    EXPECT_NEAR(portablePow(1e6, 0.5), 1000.0, 1e-10);
}

TEST(Random, DistributionsHaveTheirMoments)
{
    Random rng(7);
    const int n = 200000;
    double sum = 0, squares = 0;
    std::vector<int> buckets(10, 0);
    int belowMedian = 0;
    for (int i = 0; i < n; ++i) {
        const double z = rng.normal();
        sum += z;
        squares += z * z;
        const std::uint64_t b = rng.below(10);
        ASSERT_LT(b, 10u);
        ++buckets[b];
        const double u = rng.uniform();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        belowMedian += rng.logNormal(50.0, 2.0) < 50.0;
    }
    EXPECT_NEAR(sum / n, 0.0, 0.01);
    EXPECT_NEAR(squares / n, 1.0, 0.02);
    for (int count : buckets)
        EXPECT_NEAR(count, n / 10, n / 100);
    EXPECT_NEAR(belowMedian, n / 2, n / 100);
    EXPECT_EQ(rng.below(1), 0u);
}

TEST(Random, AliasPickerFollowsTheWeights)
{
    const std::vector<std::uint64_t> weights = {5, 0, 1, 30, 0, 14, 50, 1ull << 40, 3};
    Population::Picker picker;
    picker.build(weights);
    double total = 0;
    for (std::uint64_t w : weights)
        total += static_cast<double>(w);
    Random rng(3);
    std::vector<int> count(weights.size(), 0);
    const int n = 400000;
    for (int i = 0; i < n; ++i)
        ++count[static_cast<std::size_t>(picker.pick(rng))];
    EXPECT_EQ(count[1], 0);
    EXPECT_EQ(count[4], 0);
    EXPECT_GT(count[7], n * 0.99);
    // Small weights among the rest: compare without the dominant one.
    Population::Picker small;
    std::vector<std::uint64_t> rest = weights;
    rest[7] = 0;
    small.build(rest);
    std::fill(count.begin(), count.end(), 0);
    for (int i = 0; i < n; ++i)
        ++count[static_cast<std::size_t>(small.pick(rng))];
    const double restTotal = total - static_cast<double>(weights[7]);
    for (std::size_t k = 0; k < rest.size(); ++k)
        EXPECT_NEAR(count[k], n * static_cast<double>(rest[k]) / restTotal, n * 0.005) << k;
}

TEST(Generator, RejectsBadOptions)
{
    EXPECT_THROW(generate(0, 10, 1), std::invalid_argument);
    EXPECT_THROW(generate(-5, 10, 1), std::invalid_argument);
    EXPECT_THROW(generate(10, -1, 1), std::invalid_argument);
    EXPECT_THROW(generate(10, kMaxGeneratedEvents + 1, 1), std::invalid_argument);
    EXPECT_THROW(generate(kMaxGeneratedActors + 1, 10, 1), std::invalid_argument);
    EXPECT_TRUE(checkGeneratorOptions({0, 10, 1}).contains(QStringLiteral("actors")));
    EXPECT_TRUE(checkGeneratorOptions({10, -1, 1}).contains(QStringLiteral("events")));
    EXPECT_EQ(checkGeneratorOptions({1, 0, 1}), QString());
    EXPECT_EQ(checkGeneratorOptions({kMaxGeneratedActors, kMaxGeneratedEvents, ~0ull}), QString());
}

TEST(Generator, KeepsInvariantsForManySizesAndSeeds)
{
    const std::pair<std::int64_t, std::int64_t> sizes[] = {
        {1, 0}, {1, 1}, {1, 60}, {2, 0}, {2, 1}, {2, 40}, {3, 19}, {3, 20}, {3, 200},
        {5, 100}, {9, 30}, {10, 0}, {10, 20}, {12, 1000}, {50, 500}, {1000, 10000}, {100, 20000},
    };
    for (const auto &[actors, events] : sizes)
        for (std::uint64_t seed : {1ull, 2ull, 3ull, 42ull, ~0ull}) {
            const Case c = generate(actors, events, seed);
            ASSERT_EQ(c.actors.size(), static_cast<std::size_t>(actors));
            ASSERT_EQ(c.events.size(), static_cast<std::size_t>(events));
            const std::string label = std::to_string(actors) + " actors, " + std::to_string(events)
                + " events, seed " + std::to_string(seed);
            expectWellFormed(c, label.c_str());
            if (HasFatalFailure())
                return;
        }
}

TEST(Generator, EmptyCaseHasNoOriginNorStory)
{
    const Case c = generate(10, 0, 5);
    EXPECT_TRUE(c.events.empty());
    EXPECT_EQ(c.origin, kNoActor);
    EXPECT_TRUE(c.targets.empty());
    EXPECT_TRUE(c.milestones.empty());
    EXPECT_EQ(c.actors.size(), 10u);
}

TEST(Generator, IsDeterministic)
{
    const Case a = generate(1000, 10000, 7);
    const Case b = generate(1000, 10000, 7);
    EXPECT_TRUE(a == b);
    // Same result on another thread (shared text pools, no hidden global state).
    Case fromThread;
    std::thread([&fromThread] { fromThread = generate(1000, 10000, 7); }).join();
    EXPECT_TRUE(a == fromThread);
    const Case other = generate(1000, 10000, 8);
    EXPECT_FALSE(a == other);
    EXPECT_NE(a.events[100].time, other.events[100].time);
    EXPECT_FALSE(generate(1000, 10000, 7) == generate(1001, 10000, 7));
}

TEST(Generator, PadsHandlesAndKeysSoThatTheySort)
{
    const Case c = generate(1000, 100, 3);
    EXPECT_EQ(c.actors.front().handle, QStringLiteral("@u0000"));
    EXPECT_EQ(c.actors.back().handle, QStringLiteral("@u0999"));
    EXPECT_EQ(c.events.front().key, QStringLiteral("e0000001"));
    EXPECT_EQ(c.events.back().key, QStringLiteral("e0000100"));
    EXPECT_TRUE(std::is_sorted(c.actors.begin(), c.actors.end(),
                               [](const Actor &x, const Actor &y) { return x.handle < y.handle; }));
    EXPECT_EQ(generate(1, 1, 1).actors.front().handle, QStringLiteral("@u0"));
}

TEST(Generator, HasEveryKindInRealisticShares)
{
    const Case c = generate(1000, 10000, 11);
    int count[kEventKindCount] = {};
    std::size_t mentioning = 0, withUrl = 0, prompted = 0;
    for (const Event &e : c.events) {
        ++count[static_cast<int>(e.kind)];
        mentioning += !e.mentions.empty();
        withUrl += !e.urls.isEmpty();
        prompted += !e.promptedBy.empty();
    }
    const double n = static_cast<double>(c.events.size());
    EXPECT_NEAR(count[int(EventKind::Post)] / n, 0.15, 0.03);
    EXPECT_NEAR(count[int(EventKind::Repost)] / n, 0.58, 0.05);
    EXPECT_NEAR(count[int(EventKind::Reply)] / n, 0.16, 0.03);
    EXPECT_NEAR(count[int(EventKind::Quote)] / n, 0.11, 0.03);
    EXPECT_NEAR(count[int(EventKind::Offline)] / n, 0.015, 0.007);
    const double messages = count[int(EventKind::Post)] + count[int(EventKind::Reply)] + count[int(EventKind::Quote)];
    EXPECT_NEAR(mentioning / messages, 0.2, 0.04);
    EXPECT_GT(withUrl, 0u);
    EXPECT_GT(prompted, 0u);
    // Reply and quote chains: some replies answer replies, some quotes quote quotes.
    std::size_t replyToReply = 0, quoteOfQuote = 0;
    for (const Event &e : c.events) {
        if (e.parent == kNoEvent)
            continue;
        const EventKind parentKind = c.events[static_cast<std::size_t>(e.parent)].kind;
        replyToReply += e.kind == EventKind::Reply && parentKind == EventKind::Reply;
        quoteOfQuote += e.kind == EventKind::Quote && parentKind == EventKind::Quote;
    }
    EXPECT_GT(replyToReply, 10u);
    EXPECT_GT(quoteOfQuote, 10u);
}

TEST(Generator, CascadesAreHeavyTailed)
{
    for (std::uint64_t seed : {1ull, 2ull, 3ull}) {
        const Case c = generate(1000, 10000, seed);
        const std::vector<std::int64_t> sizes = cascadeSizes(c);
        ASSERT_GT(sizes.size(), 100u);
        const std::int64_t median = sizes[sizes.size() / 2];
        EXPECT_GE(sizes.back(), 100 * median) << seed;
        // Many tiny cascades: most posts get at most two reactions.
        const auto tiny = std::count_if(sizes.begin(), sizes.end(), [](std::int64_t s) { return s <= 3; });
        EXPECT_GT(tiny, static_cast<std::ptrdiff_t>(sizes.size() / 2)) << seed;
        // A few huge ones: the top 1% of cascades hold over a third of the cascade events.
        const std::size_t top = sizes.size() / 100;
        std::int64_t inTop = 0, total = 0;
        for (std::size_t i = 0; i < sizes.size(); ++i) {
            total += sizes[i];
            if (i >= sizes.size() - top)
                inTop += sizes[i];
        }
        EXPECT_GT(inTop * 3, total) << seed;
    }
}

TEST(Generator, FollowerCountsSpanOrdersOfMagnitude)
{
    const Case c = generate(2000, 100, 4);
    std::vector<std::int64_t> followers;
    for (const Actor &a : c.actors)
        followers.push_back(a.followers);
    std::sort(followers.begin(), followers.end());
    const std::int64_t median = followers[followers.size() / 2];
    EXPECT_GT(median, 50);
    EXPECT_GE(followers.back(), 1000 * median);
    EXPECT_LE(followers[followers.size() / 10] * 5, median);
}

TEST(Generator, MixesRoles)
{
    const Case c = generate(5000, 10, 9);
    std::map<QString, int> byRole;
    int synthetic = 0;
    for (std::size_t a = 0; a < c.actors.size(); ++a) {
        ++byRole[roleOf(c, static_cast<ActorId>(a)).id];
        synthetic += c.actors[a].synthetic;
    }
    const double n = static_cast<double>(c.actors.size());
    EXPECT_GT(byRole[QStringLiteral("public")] / n, 0.75);
    EXPECT_GT(byRole[QStringLiteral("journalist")], byRole[QStringLiteral("military")]);
    EXPECT_GT(byRole[QStringLiteral("media")], 0);
    for (const Role &r : c.roles)
        EXPECT_GT(byRole[r.id], 0) << r.id.toStdString();
    EXPECT_GT(synthetic, 0);
    EXPECT_LT(synthetic / n, 0.05);
    // Small cases still have someone to target.
    const Case small = generate(10, 50, 9);
    std::set<QString> roles;
    for (std::size_t a = 0; a < small.actors.size(); ++a)
        roles.insert(roleOf(small, static_cast<ActorId>(a)).id);
    EXPECT_TRUE(roles.count(QStringLiteral("military")));
    EXPECT_TRUE(roles.count(QStringLiteral("government")));
}

TEST(Generator, OriginStartsTheLargestCascadeAndTargetsAreReachedLate)
{
    for (std::uint64_t seed : {1ull, 5ull, 6ull}) {
        const Case c = generate(1000, 10000, seed);
        const std::vector<EventId> roots = cascadeRoots(c);
        std::vector<std::int64_t> size(c.events.size(), 0);
        for (EventId r : roots)
            if (r != kNoEvent)
                ++size[static_cast<std::size_t>(r)];
        const auto largest = std::max_element(size.begin(), size.end()) - size.begin();
        EXPECT_EQ(c.origin, c.events[static_cast<std::size_t>(largest)].author) << seed;
        ASSERT_EQ(c.targets.size(), 2u);
        for (ActorId t : c.targets) {
            // First time the target authors, is named, reached or answered.
            std::size_t first = c.events.size();
            for (std::size_t i = 0; i < c.events.size() && first == c.events.size(); ++i) {
                const Event &e = c.events[i];
                const bool parentIsTarget = e.parent != kNoEvent && c.events[e.parent].author == t;
                if (e.author == t || parentIsTarget
                    || std::count(e.mentions.begin(), e.mentions.end(), t)
                    || std::count(e.reached.begin(), e.reached.end(), t))
                    first = i;
            }
            ASSERT_LT(first, c.events.size()) << "target never reached, seed " << seed;
            EXPECT_GT(first, c.events.size() / 4) << seed;
            EXPECT_GT(c.events[first].time, c.events[static_cast<std::size_t>(largest)].time) << seed;
        }
        // The first target answers, and the last one contacts the origin offline.
        const bool answered = std::any_of(c.events.begin(), c.events.end(), [&c](const Event &e) {
            return e.author == c.targets.front() && e.kind == EventKind::Reply;
        });
        const bool called = std::any_of(c.events.begin(), c.events.end(), [&c](const Event &e) {
            return e.author == c.targets.back() && e.kind == EventKind::Offline
                && std::count(e.reached.begin(), e.reached.end(), c.origin);
        });
        EXPECT_TRUE(answered);
        EXPECT_TRUE(called);
    }
    EXPECT_EQ(generate(100, 500, 1).targets.size(), 1u);
}

TEST(Generator, CascadesBurstAndDecayOverHours)
{
    const Case c = generate(1000, 10000, 12);
    const std::vector<EventId> roots = cascadeRoots(c);
    std::vector<std::int64_t> size(c.events.size(), 0);
    for (EventId r : roots)
        if (r != kNoEvent)
            ++size[static_cast<std::size_t>(r)];
    const auto largest = static_cast<EventId>(std::max_element(size.begin(), size.end()) - size.begin());
    const TimeMs rootTime = c.events[static_cast<std::size_t>(largest)].time;
    std::int64_t withinSixHours = 0, withinTwoDays = 0;
    for (std::size_t i = 0; i < c.events.size(); ++i)
        if (roots[i] == largest) {
            withinSixHours += c.events[i].time - rootTime <= 6 * kMsPerHour;
            withinTwoDays += c.events[i].time - rootTime <= 2 * kMsPerDay;
        }
    EXPECT_GT(withinSixHours * 10, size[static_cast<std::size_t>(largest)] * 7);
    EXPECT_GT(withinTwoDays * 100, size[static_cast<std::size_t>(largest)] * 99);
    // The case spans about a week, with milliseconds.
    const TimeMs span = c.endTime() - c.startTime();
    EXPECT_GT(span, 5 * kMsPerDay);
    EXPECT_LT(span, 9 * kMsPerDay);
    EXPECT_TRUE(std::any_of(c.events.begin(), c.events.end(), [](const Event &e) { return e.time % 1000 != 0; }));
    // Bursts: the busiest hour holds far more than an average hour.
    std::map<TimeMs, int> perHour;
    for (const Event &e : c.events)
        ++perHour[(e.time - c.startTime()) / kMsPerHour];
    int busiest = 0;
    for (const auto &[hour, n] : perHour)
        busiest = std::max(busiest, n);
    EXPECT_GT(busiest, 5 * static_cast<double>(c.events.size()) / (span / kMsPerHour + 1));
}

TEST(Generator, TextsExerciseEscaping)
{
    const Case c = generate(1000, 10000, 13);
    bool nonAscii = false, quote = false, backslash = false, surrogate = false, french = false;
    for (const Event &e : c.events) {
        for (QChar ch : e.text) {
            nonAscii |= ch.unicode() > 127;
            quote |= ch == QLatin1Char('"');
            backslash |= ch == QLatin1Char('\\');
            surrogate |= ch.isHighSurrogate();
        }
        french |= e.lang == QStringLiteral("fr");
    }
    EXPECT_TRUE(nonAscii);
    EXPECT_TRUE(quote);
    EXPECT_TRUE(backslash);
    EXPECT_TRUE(surrogate);
    EXPECT_TRUE(french);
}

TEST(Generator, AddsMilestonesNotesAndSource)
{
    const Case c = generate(1000, 10000, 14);
    EXPECT_EQ(c.milestones.size(), 5u);
    EXPECT_TRUE(std::is_sorted(c.milestones.begin(), c.milestones.end(),
                               [](const Milestone &a, const Milestone &b) { return a.time < b.time; }));
    EXPECT_GE(c.notes.size(), 2u);
    const bool pinnedToOrigin = std::any_of(c.notes.begin(), c.notes.end(), [&c](const Note &n) {
        return n.actor == c.origin && n.time.has_value();
    });
    EXPECT_TRUE(pinnedToOrigin);
    EXPECT_FALSE(c.title.isEmpty());
    EXPECT_FALSE(c.summary.isEmpty());
}
