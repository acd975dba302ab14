// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cascade {

// Edits of a case as a person makes them in an editor (add, change, delete, merge),
// each keeping Case's invariants: ids are remapped, references to what goes are
// dropped. The *Problem() functions say, in a sentence meant for the person, why a
// value cannot be applied (an empty string when it can); the edit functions assume a
// value without problem.

// Times an editor accepts: from 1970 to the end of 2099 (UTC).
inline constexpr TimeMs kEarliestEditableTime = 0;
inline constexpr TimeMs kLatestEditableTime = 4102444800000; // 2100-01-01T00:00:00Z

// Why `actor` cannot be actor `self` of the case (kNoActor: a new actor): an empty or
// blank handle, a handle another actor has (compared as findActor() does, through the
// case's lookup tables), a role out of the palette, a negative follower count.
QString actorProblem(const Case &c, ActorId self, const Actor &actor);

// What deleting actors takes with it.
struct ActorRemovalImpact {
    std::int64_t ownEvents = 0;  // events the actors wrote
    std::int64_t relays = 0;     // others' reposts, replies and quotes of those, at any depth
    std::int64_t notes = 0;      // notes pinned to the actors
};
ActorRemovalImpact actorRemovalImpact(const Case &c, const std::vector<ActorId> &actors);

// Appends an actor (its layouts get no position: the layout places it). Returns its id.
ActorId addActor(Case &c, Actor actor);
// Deletes actors with their events, the relays of those events, and the notes pinned
// to them; other events stop mentioning or reaching them; the origin and targets lose
// them. Later actors' ids move down.
void removeActors(Case &c, std::vector<ActorId> actors);
// Merges `drop` into `keep` (the same person under two handles or on two platforms):
// drop's events become keep's, references to drop point to keep, keep's empty fields
// take drop's values (name, platform id and verification when on the same platform,
// note, follower count when unknown, role), and drop is deleted. Returns keep's id
// after the deletion.
ActorId mergeActors(Case &c, ActorId keep, ActorId drop);

// Why `event` cannot be event `self` of the case (kNoEvent: a new event): an empty or
// taken key, no author, a time out of [kEarliestEditableTime, kLatestEditableTime), a
// relay without the event it relays or one later than itself, an offline contact that
// reaches nobody, a confidence out of [0, 1], an event of its own relays coming before
// it once moved.
QString eventProblem(const Case &c, EventId self, const Event &event);
// A key no event of the case has: "e" and the first free number after the count.
QString freeEventKey(const Case &c);
// Adds an event in time order (after the events of the same time). Returns its id.
EventId insertEvent(Case &c, Event event);
// Replaces event `id` and moves it into time order. Returns its new id.
EventId replaceEvent(Case &c, EventId id, Event event);
// Deletes events with their relays at any depth (a repost of a deleted post goes too);
// events they prompted keep the other events that prompted them.
void removeEvents(Case &c, const std::vector<EventId> &events);

// Why `roles` cannot be the case's palette: a role without an id or a label, an id or a
// label given twice (ids compared ignoring case).
QString paletteProblem(const std::vector<Role> &roles);
// Replaces the palette (roles added, renamed, recoloured, reordered, deleted):
// `newRoleOf[r]` is the new id of old role r, kNoRole when its actors are left without a
// role.
void replaceRoles(Case &c, std::vector<Role> roles, const std::vector<RoleId> &newRoleOf);

} // namespace cascade
