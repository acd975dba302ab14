// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace cascade {

enum class EventKind : std::uint8_t { Post, Repost, Reply, Quote, Offline };
inline constexpr int kEventKindCount = 5;

// "post", "repost", "reply", "quote", "offline".
const char *eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(std::string_view name);

// Where a fact comes from and how sure the case author is of it.
struct Provenance {
    SourceId source = kNoSource; // index into Case::sources
    float confidence = 1.0f;     // 0..1
    bool inferred = false;       // reconstructed by the case author, not observed in data

    friend bool operator==(const Provenance &, const Provenance &) = default;
};

// One thing that happened: a post, a repost, a reply, a quote, or an offline contact
// (press release, phone call, email, meeting). Events are kept sorted by time.
struct Event {
    QString key;          // the id used in the case file, e.g. "e12"; unique
    TimeMs time = 0;      // UTC
    EventKind kind = EventKind::Post;
    ActorId author = kNoActor;
    EventId parent = kNoEvent;        // repost/reply/quote: the event it answers or relays
    std::vector<ActorId> mentions;    // actors named by the message (not the automatic "RT @x")
    std::vector<ActorId> reached;     // offline: the actors the contact reached
    // Events that prompted this one without being its parent (inferred causality, e.g. a
    // follower's tip that led a journalist to address the Air Force). What-if analysis
    // drops an event when its parent is dropped or when every event that prompted it is.
    std::vector<EventId> promptedBy;
    QString text;         // as published (original language)
    QString lang;         // BCP 47 tag of text, e.g. "fr"
    QString gloss;        // a translation or explanation for the trainer (English)
    QStringList urls;
    QString channel;      // offline: "press-release", "phone", "email", "meeting", ...
    Provenance provenance;
    QByteArray extra;     // unknown JSON members, kept for round trips

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace cascade
