// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <cstdint>
#include <vector>

namespace cascade {

struct Case;
class Random;

// The actors of a synthetic case and how they behave: who starts cascades, who relays,
// who gets named, who makes offline contacts (each drawn in proportion to a weight that
// grows with the audience and depends on the role). Targets take no part in the random
// activity. Internal to the generator (generator.h).
class Population {
public:
    enum class Activity { Post, Relay, Mention, Offline };

    // Draws actors with probability proportional to integer weights (0: never) in
    // constant time: Walker's alias method (Vose's construction), in integers so that
    // every platform builds the same tables.
    struct Picker {
        std::vector<std::uint64_t> threshold; // keep actor i when a draw in [0, total) is below
        std::vector<ActorId> alias;            // else take alias[i]
        std::uint64_t total = 0;
        void build(const std::vector<std::uint64_t> &weights);
        ActorId pick(Random &rng) const;
    };

    // Fills c.actors (c.roles must hold the default roles) and, if withTargets, c.targets:
    // the best-followed military account, plus the best-followed government account
    // when `twoTargets`.
    Population(Random &rng, Case &c, std::int64_t actors, bool withTargets, bool twoTargets);

    ActorId pick(Random &rng, Activity activity) const;
    // A pick other than `a` and `b`, or kNoActor after a few failed tries.
    ActorId pickOther(Random &rng, Activity activity, ActorId a, ActorId b = kNoActor) const;

    bool isTarget(ActorId a) const { return m_isTarget[static_cast<std::size_t>(a)]; }
    // Who relays the origin's message to the targets: the best-followed journalist, else
    // media account, else anyone, that is neither `origin` nor a target.
    ActorId messenger(ActorId origin) const;

private:
    void makeActor(Random &rng, ActorId a, int width);
    void setProfile(Random &rng, ActorId a, int profile);
    void ensureProfile(Random &rng, int profile);
    ActorId bestFollowed(int profile, ActorId exclude) const;
    void chooseTargets(bool twoTargets);
    void makePickers(Random &rng);

    Case &m_case;
    std::vector<int> m_profile; // per actor: index into the role profiles
    std::vector<RoleId> m_roleOfProfile;
    std::vector<bool> m_isTarget;
    Picker m_pickers[4]; // by Activity
};

} // namespace cascade
