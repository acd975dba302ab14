// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QString>

#include <cstdint>

namespace cascade {

// What to generate. The same options give the same Case, bit for bit, on every run,
// machine and standard library.
struct GeneratorOptions {
    std::int64_t actors = 1000;  // 1 .. kMaxGeneratedActors
    std::int64_t events = 10000; // 0 .. kMaxGeneratedEvents
    std::uint64_t seed = 1;      // any value
};

inline constexpr std::int64_t kMaxGeneratedActors = 5'000'000;  // ReadOptions::maxActors
inline constexpr std::int64_t kMaxGeneratedEvents = 10'000'000;

// Why `options` cannot be generated, or an empty string when they can.
QString checkGeneratorOptions(const GeneratorOptions &options);

// A synthetic case for tests and benchmarks, satisfying Case::checkInvariants():
// - the default roles; actors "@u0000".."@u0999" (zero-padded to the digits of
//   options.actors), mostly public with some journalists and media and a few NGOs,
//   government, military, elected officials...; log-normal follower counts (a few
//   accounts with millions, most with hundreds); about 2% flagged synthetic;
// - events "e0000001".. in time order over about a week from 2024-03-01T08:00:00Z, with
//   a daily rhythm: about 15% root posts, whose cascades of reposts (~58% of events),
//   replies (~15%) and quotes (~10%) grow by preferential attachment (Simon's model:
//   a few huge cascades, many of one post) and decay over hours (log-normal delays);
//   reply and quote chains; mentions on about 20% of posts, replies and quotes (never
//   the author nor the parent's author; reposts mention nobody); about 1.5% offline
//   contacts (channel, actors reached, sometimes prompted by an earlier event);
// - origin = the author of the largest cascade's root; with at least 20 events and
//   3 actors, one or two targets (military, government) that take no part until late:
//   a journalist quotes the largest cascade's root naming them, the first target
//   replies, and the last one calls the origin (an offline contact);
// - up to five milestones at cascade peaks and story beats, a few notes, one source
//   ("synthetic") that is every event's provenance with confidence 1;
// - short texts (20 to 80 characters) in English and French with accents, emoji,
//   quotes and backslashes; French texts carry an English gloss.
// Throws std::invalid_argument with checkGeneratorOptions()'s text on bad options.
// A million events take about 0.7 s of CPU and 360 bytes of heap per event
// (docs/performance.md).
Case generateCase(const GeneratorOptions &options);

} // namespace cascade
