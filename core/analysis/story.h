// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/interaction.h"
#include "core/model/time.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace cascade {

class CaseAnalysis;
struct Case;

// Story-first drawing: which actors a picture of one moment is about, in the order
// their labels are placed, and which of the others are a crowd drawn as one group.
// docs/using.md, "Story-first drawing", explains both rules to the user.

// Why an actor is part of the story at a moment, most important first.
enum class StoryReason : std::uint8_t {
    Selected,  // the user's selection
    Origin,    // the case's origin
    Target,    // one of the case's targets
    Named,     // named by the current milestone's title or caption (handle or name)
    OnPath,    // on the earliest time-respecting path from the origin to a reached target
    Offline,   // took part in one of the latest offline contacts by then (a press office,
               // a call; at most kStoryOfflineCount actors, unless the latest alone has
               // more): the case author added it to tie the online work to the offline work
    Noted,     // a note pinned to it is shown as a callout at that moment
    Critical,  // one of the case summary's critical actors
    Prominent, // only when the case gives no story: the most prominent actors
};
const char *storyReasonName(StoryReason reason); // "selected", "origin", ...

struct StoryActor {
    ActorId actor = kNoActor;
    StoryReason reason = StoryReason::Prominent;
    // The label's size as a share of the story's largest label (0.75 to 1): 1 for the
    // selection, the origin and the targets; the others from 0.75 to 0.88 by reason,
    // plus up to 0.1 for a larger audience (never above 1). Pictures multiply it by their largest label
    // height (StoryLabels::largestLabelPixels()).
    double labelScale = 1.0;

    friend bool operator==(const StoryActor &, const StoryActor &) = default;
};

struct StoryInput {
    TimeMs time = 0;                   // the moment: actors that appear later are left out
    ActorId selected = kNoActor;
    std::span<const ActorId> critical; // the case summary's critical actors, ranked
    TimeMs noteWindow = -1;            // as calloutNotes(); negative: no note counts
    // milestoneNamedActors() of the case, when the caller keeps it (by milestone);
    // empty: the current milestone's names are found on the fly, O(actors).
    std::span<const std::vector<ActorId>> named;
    // Only used when the case names no origin, target, milestone or selection: the most
    // prominent actors by this value (by ActorId), at most kStoryProminentCount.
    std::span<const double> prominence;
};

inline constexpr std::size_t kStoryProminentCount = 8;
inline constexpr std::size_t kStoryOfflineCount = 8;

// The story actors at input.time, each once, in label order: by reason (the enum's
// order), then within a reason by the order the case gives (targets and critical actors
// as listed, path actors along the path, named actors by ActorId). Only actors visible
// at that time (their first event at or before it) are listed.
// O(events up to the time) for the paths, plus O(actors x milestone text) for names.
std::vector<StoryActor> storyActors(const CaseAnalysis &analysis, const StoryInput &input);

// Whether `text` names the actor: its handle (with or without the leading @, any case,
// as a whole word), or its display name's distinctive words (words of four or more
// letters that start with a capital, before any parenthesis, found as written): all of
// them when there is one, at least two when there are more. "Admiral Mullen's office" names "Office of
// Admiral Mullen (Chairman...)"; "MSF's planes" names nobody by name, nor "36 synthetic
// accounts" "Synthetic retweeter 01".
bool textNamesActor(const QString &text, const QString &handle, const QString &name);

// For each milestone of the case (in order), the actors its title or caption names.
std::vector<std::vector<ActorId>> milestoneNamedActors(const Case &c);

// The crowd rule: actors who did the same thing (repost, reply, quote, mention) to the
// same actor within a short time, and nothing else, are one group.
struct CrowdRule {
    int minMembers = 5;                 // fewer: no group
    TimeMs maxGap = 30 * kMsPerMinute;  // a longer pause between two members' acts starts a new group
};

struct CrowdGroup {
    ActorId target = kNoActor;         // whom they all acted on
    InteractionKind kind = InteractionKind::Repost;
    std::vector<ActorId> members;      // in the order of their first act
    EventId firstEvent = kNoEvent;     // the first member's act: the group's stable key
    TimeMs first = 0;                  // the first and last members' first acts
    TimeMs last = 0;
    std::int64_t exposure = 0;         // potential exposure: the members' followers summed

    friend bool operator==(const CrowdGroup &, const CrowdGroup &) = default;
};

// The crowds as of `time`. A member is an actor that is not in `story`, whose every
// event up to `time` has exactly one interaction, all of one kind to one other actor
// (a repost, a reply without mentions, a quote, a single mention; offline contacts never
// group), and that no one else has relayed, answered or addressed by then. Members of
// one target and kind, sorted by their first act, form a group while consecutive acts
// are at most rule.maxGap apart; groups of at least rule.minMembers are returned, by
// first act. O(events up to time + members log members).
std::vector<CrowdGroup> crowdGroups(const CaseAnalysis &analysis, TimeMs time, std::span<const ActorId> story,
                                    const CrowdRule &rule = {});

// crowdGroups() at many moments of one case (a cursor that moves): what it needs of the
// whole case is found once, O(events), and each moment then costs O(actors that are ever
// a member) instead of O(events up to the moment). Whether an actor can be a member only
// changes twice in a case: at its first act, and when it stops qualifying (an act of
// another kind or to another actor, or somebody acting on it), never to qualify again.
// Holds a reference to the analysis: it lives no longer.
class CrowdIndex
{
public:
    explicit CrowdIndex(const CaseAnalysis &analysis);
    // The same as crowdGroups(analysis, time, story, rule).
    std::vector<CrowdGroup> groupsAt(TimeMs time, std::span<const ActorId> story, const CrowdRule &rule = {}) const;

private:
    struct Candidate {
        ActorId actor = kNoActor;
        ActorId target = kNoActor;
        InteractionKind kind = InteractionKind::Repost;
        EventId first = kNoEvent; // its first act (ids are positions in time order)
        int outAt = 0;            // the position of the event that disqualifies it, or past the end
    };
    const CaseAnalysis &m_analysis;
    std::vector<Candidate> m_candidates; // by target, kind, first act
};

} // namespace cascade
