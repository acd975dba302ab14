// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/generate/population.h"

#include "core/generate/generatortexts.h"
#include "core/generate/random.h"
#include "core/model/case.h"

#include <algorithm>

// Same bits on every platform (see random.cpp).
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

namespace cascade {

namespace {

// How accounts of each role behave. Shares add up to 1000.
struct RoleProfile {
    const char *id;
    int perMille;          // share of actors
    double followerMedian; // log-normal follower count
    double followerSigma;
    double postFactor;     // starting cascades
    double relayFactor;    // reposting, replying, quoting
    double mentionFactor;  // being named by others
    double offlineFactor;  // making and receiving offline contacts
};

constexpr RoleProfile kProfiles[] = {
    {"public", 820, 180, 1.7, 1.0, 1.0, 0.3, 0.0},
    {"journalist", 60, 15000, 1.4, 6.0, 1.5, 3.0, 1.0},
    {"media", 30, 80000, 1.5, 8.0, 0.8, 2.0, 1.0},
    {"ngo", 30, 8000, 1.3, 5.0, 1.2, 2.0, 2.0},
    {"government", 15, 25000, 1.5, 2.0, 0.4, 3.0, 2.0},
    {"military", 10, 40000, 1.3, 1.5, 0.3, 3.0, 2.0},
    {"elected", 10, 20000, 1.6, 3.0, 0.6, 3.0, 1.0},
    {"donor", 8, 3000, 1.2, 1.0, 0.5, 1.0, 1.5},
    {"foundation", 7, 5000, 1.2, 1.5, 0.5, 1.0, 1.5},
    {"partner", 10, 2000, 1.2, 1.5, 0.8, 1.0, 1.5},
};
constexpr int kPublic = 0, kJournalist = 1, kMedia = 2, kGovernment = 4, kMilitary = 5, kElected = 6;

constexpr double kSyntheticRate = 0.02;
constexpr double kUnknownFollowersRate = 0.005; // public accounts with followers = 0
constexpr std::uint64_t kMaxWeight = std::uint64_t(1) << 40; // keeps sums below 2^63

int digitCount(std::int64_t n)
{
    int d = 1;
    for (; n >= 10; n /= 10)
        ++d;
    return d;
}

std::uint64_t toWeight(double x)
{
    if (!(x > 0.0))
        return 0;
    return x >= static_cast<double>(kMaxWeight) ? kMaxWeight : static_cast<std::uint64_t>(x);
}

void markSynthetic(Actor &actor)
{
    actor.synthetic = true;
    actor.note = QStringLiteral("illustrative account standing for unknown ones");
}

} // namespace

Population::Population(Random &rng, Case &c, std::int64_t actors, bool withTargets, bool twoTargets)
    : m_case(c)
{
    for (const RoleProfile &p : kProfiles)
        m_roleOfProfile.push_back(c.roleById(QLatin1String(p.id)));
    const auto n = static_cast<std::size_t>(actors);
    c.actors.resize(n);
    m_profile.assign(n, kPublic);
    const int width = digitCount(actors);
    for (std::size_t a = 0; a < n; ++a)
        makeActor(rng, static_cast<ActorId>(a), width);
    if (n >= 10) {
        // Someone to target, and someone illustrative, even in small cases.
        ensureProfile(rng, kMilitary);
        ensureProfile(rng, kGovernment);
        if (std::none_of(c.actors.begin(), c.actors.end(), [](const Actor &x) { return x.synthetic; }))
            markSynthetic(c.actors[rng.below(n)]);
    }
    m_isTarget.assign(n, false);
    if (withTargets)
        chooseTargets(twoTargets);
    makePickers(rng);
}

void Population::makeActor(Random &rng, ActorId a, int width)
{
    Actor &actor = m_case.actors[static_cast<std::size_t>(a)];
    char16_t digits[24];
    std::int64_t v = a;
    for (int i = width - 1; i >= 0; --i, v /= 10)
        digits[i] = static_cast<char16_t>(u'0' + v % 10);
    actor.handle = QStringLiteral("@u") + QStringView(digits, width);
    static const QString platform = QStringLiteral("twitter");
    actor.platform = platform;
    int roll = static_cast<int>(rng.below(1000));
    int profile = 0;
    while (roll >= kProfiles[profile].perMille)
        roll -= kProfiles[profile++].perMille;
    setProfile(rng, a, profile);
    if (rng.chance(kSyntheticRate))
        markSynthetic(actor);
}

void Population::setProfile(Random &rng, ActorId a, int profile)
{
    Actor &actor = m_case.actors[static_cast<std::size_t>(a)];
    const RoleProfile &p = kProfiles[profile];
    m_profile[static_cast<std::size_t>(a)] = profile;
    actor.role = m_roleOfProfile[static_cast<std::size_t>(profile)];
    const bool person = profile == kPublic || profile == kJournalist || profile == kElected;
    actor.name = person ? generatortexts::personName(rng)
                        : generatortexts::organisationName(rng, QLatin1String(p.id), a);
    const double followers = rng.logNormal(p.followerMedian, p.followerSigma);
    actor.followers = profile == kPublic && rng.chance(kUnknownFollowersRate)
        ? 0
        : static_cast<std::int64_t>(std::min(followers, 2e8));
}

// Turns a random public actor into one of `profile` if there is none.
void Population::ensureProfile(Random &rng, int profile)
{
    if (std::find(m_profile.begin(), m_profile.end(), profile) != m_profile.end())
        return;
    ActorId a = 0;
    for (int tries = 0; tries < 64; ++tries) {
        a = static_cast<ActorId>(rng.below(m_profile.size()));
        if (m_profile[static_cast<std::size_t>(a)] == kPublic)
            break;
    }
    setProfile(rng, a, profile);
}

// The actor of `profile` (any when -1) with the most followers, lowest id on ties.
ActorId Population::bestFollowed(int profile, ActorId exclude) const
{
    ActorId found = kNoActor;
    for (std::size_t a = 0; a < m_profile.size(); ++a) {
        if ((profile >= 0 && m_profile[a] != profile) || m_isTarget[a] || static_cast<ActorId>(a) == exclude)
            continue;
        if (found == kNoActor || m_case.actors[a].followers > m_case.actors[static_cast<std::size_t>(found)].followers)
            found = static_cast<ActorId>(a);
    }
    return found;
}

void Population::chooseTargets(bool twoTargets)
{
    const ActorId military = bestFollowed(kMilitary, kNoActor);
    const ActorId government = bestFollowed(kGovernment, kNoActor);
    if (military != kNoActor)
        m_case.targets.push_back(military);
    if (government != kNoActor && (military == kNoActor || twoTargets))
        m_case.targets.push_back(government);
    // Leave at least two other actors: the origin and its messenger.
    const std::size_t maxTargets = m_profile.size() >= 2 ? m_profile.size() - 2 : 0;
    if (m_case.targets.size() > maxTargets)
        m_case.targets.resize(maxTargets);
    for (ActorId t : m_case.targets)
        m_isTarget[static_cast<std::size_t>(t)] = true;
}

void Population::makePickers(Random &rng)
{
    std::vector<std::uint64_t> weights[4];
    for (auto &w : weights)
        w.reserve(m_profile.size());
    auto add = [&weights](Activity activity, std::uint64_t weight) {
        weights[static_cast<int>(activity)].push_back(weight);
    };
    for (std::size_t a = 0; a < m_profile.size(); ++a) {
        const RoleProfile &p = kProfiles[m_profile[a]];
        const double audience = static_cast<double>(m_case.actors[a].followers) + 10.0;
        const double activity = rng.logNormal(1.0, 1.2); // a few very active accounts
        const bool out = m_isTarget[a];
        add(Activity::Post, out ? 0 : 1 + toWeight(100.0 * p.postFactor * activity * portablePow(audience, 0.35)));
        add(Activity::Relay, out ? 0 : 1 + toWeight(1000.0 * p.relayFactor * activity));
        add(Activity::Mention, out ? 0 : 1 + toWeight(10.0 * p.mentionFactor * portablePow(audience, 0.5)));
        add(Activity::Offline, out ? 0 : toWeight(100.0 * p.offlineFactor * portablePow(audience, 0.3)));
    }
    // Only public accounts: they make the offline contacts too.
    auto &offline = weights[static_cast<int>(Activity::Offline)];
    if (std::all_of(offline.begin(), offline.end(), [](std::uint64_t w) { return w == 0; }))
        offline = weights[static_cast<int>(Activity::Relay)];
    for (int k = 0; k < 4; ++k)
        m_pickers[k].build(weights[k]);
}

void Population::Picker::build(const std::vector<std::uint64_t> &weights)
{
    // Actor i's share, scaled by n, fills bucket i up to `total`; an over-full actor
    // tops up under-full buckets. Sums stay below 2^63 (weights <= 2^40, n <= 2^23).
    const std::size_t n = weights.size();
    total = 0;
    for (std::uint64_t w : weights)
        total += w;
    threshold.assign(n, total);
    alias.resize(n);
    std::vector<std::uint64_t> scaled(n);
    std::vector<std::size_t> small, large;
    for (std::size_t i = 0; i < n; ++i) {
        alias[i] = static_cast<ActorId>(i);
        scaled[i] = weights[i] * n;
        (scaled[i] < total ? small : large).push_back(i);
    }
    while (!small.empty() && !large.empty()) {
        const std::size_t l = small.back();
        small.pop_back();
        const std::size_t g = large.back();
        threshold[l] = scaled[l];
        alias[l] = static_cast<ActorId>(g);
        scaled[g] -= total - scaled[l];
        if (scaled[g] < total) {
            large.pop_back();
            small.push_back(g);
        }
    }
}

ActorId Population::Picker::pick(Random &rng) const
{
    const auto i = static_cast<std::size_t>(rng.below(threshold.size()));
    return rng.below(total) < threshold[i] ? static_cast<ActorId>(i) : alias[i];
}

ActorId Population::pick(Random &rng, Activity activity) const
{
    return m_pickers[static_cast<int>(activity)].pick(rng);
}

ActorId Population::pickOther(Random &rng, Activity activity, ActorId a, ActorId b) const
{
    for (int tries = 0; tries < 8; ++tries) {
        const ActorId x = pick(rng, activity);
        if (x != a && x != b)
            return x;
    }
    return kNoActor;
}

ActorId Population::messenger(ActorId origin) const
{
    for (int profile : {kJournalist, kMedia, -1})
        if (const ActorId a = bestFollowed(profile, origin); a != kNoActor)
            return a;
    return origin;
}

} // namespace cascade
