// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QString>

#include <cstdint>

class QColor;
class QTimeZone;

namespace cascade {

struct Case;
struct Milestone;
struct Source;
enum class CascadeShape : std::uint8_t;

// How the window, the slides and the CLI write times, durations, counts and actors: times
// in the case's display zone (never the machine's local time), durations in words, counts
// with digit grouping. One place, so that every panel reads the same. The timeline's own
// texts (ticks, bucket ranges, event kinds) are in timelabels.h beside it.
namespace DisplayFormat {

// The zone's IANA id, e.g. "America/Port-au-Prince" ("UTC" for UTC or an invalid zone).
QString zoneName(const QTimeZone &zone);
// The last part of the id, readable: "Port-au-Prince", "New York", "UTC".
QString zoneCity(const QTimeZone &zone);
// True when [from, to] covers more than one calendar day in the zone (times then carry
// their date).
bool spansSeveralDays(TimeMs from, TimeMs to, const QTimeZone &zone);
// "10:45", "10:45:30" (seconds when not zero, or always), or with the date "17 Jan 10:45".
QString clock(TimeMs t, const QTimeZone &zone, bool withDate, bool alwaysSeconds = false);
// "17 Jan 2010 10:45" (seconds when not zero).
QString dateTime(TimeMs t, const QTimeZone &zone);
enum class DurationStyle {
    Words,   // "2 h 22 min", "45 min", "30 s", "3 d 4 h", "0 s": the window and slides
    Compact, // "2h22m", "45s", "3d4h", "0s": the CLI's aligned text tables
};
// A duration to whole seconds, in two units at most; negative durations get a minus sign.
QString duration(TimeMs ms, DurationStyle style = DurationStyle::Words);
// 1000000 -> "1,000,000" (the locale's grouping, always on).
QString count(std::int64_t n);
// A score between 0 and 1 with three significant digits: "0.0123", "0.456".
QString score(double x);
// A figure with a fixed number of decimals in the locale's digits: 1.94 -> "1.94" in
// English, "1,94" in French.
QString fixed(double x, int decimals);
// The actor's handle, or an empty string for kNoActor.
QString handle(const Case &c, ActorId a);
// The label of the actor's role ("Journalist"), or an empty string.
QString roleLabel(const Case &c, ActorId a);
// The label of a role ("Journalist"), or an empty string for kNoRole; in the interface
// language when the case translates it.
QString labelOfRole(const Case &c, RoleId r);
// The case's texts in the interface language: their translation when the case gives one
// (docs/case-format.md, "Translations"), else the texts themselves.
QString caseTitle(const Case &c);
QString caseSummary(const Case &c);
// The title the window shows for a case: its title, or "Untitled case" when it has none.
QString caseHeading(const Case &c);
// A source's title (its id when it has none) and note.
QString sourceTitle(const Source &s);
QString sourceNote(const Source &s);
QString milestoneTitle(const Milestone &m);
QString milestoneCaption(const Milestone &m);
QString milestoneNotes(const Milestone &m);
// A relayed cascade's shape in words: "viral" or "broadcast" (a single post counts as
// broadcast; callers say "not relayed yet" first).
QString cascadeShape(CascadeShape shape);
// The colour of the actor's role (grey when it has none).
QColor roleColor(const Case &c, ActorId a);

} // namespace DisplayFormat

} // namespace cascade
