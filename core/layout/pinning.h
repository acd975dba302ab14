// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/savedlayout.h"

#include <QPointF>
#include <QSizeF>

#include <vector>

namespace cascade {

// Puts the actors a user placed by hand (pins[a].valid && pins[a].pinned) back where the
// user put them, after an engine has run:
//  1. the whole layout is translated by the mean offset between the computed and the
//     saved positions of the actors that are saved but not pinned (the picture as it
//     was drawn before), so that it stays where it was; with no such position it stays
//     in the engine's coordinates. The pins never move the picture: a pinned actor
//     keeps its place relative to the others;
//  2. each pinned actor is set exactly to its saved position;
//  3. actors overlapping a pinned actor (box plus `gap`) are pushed out by the shortest
//     of the four axis moves that clears it without landing on another pin, and actors
//     they now overlap are pushed in turn (a bounded number of times each).
// Step 1 is skipped when `translate` is false (the swimlane, whose x is time).
struct PinOutcome {
    QPointF offset;          // the translation of step 1
    std::vector<bool> moved; // per actor: moved relative to the translated picture
    bool any = false;        // some pin applied
};
PinOutcome applyPins(std::vector<QPointF> &centres, const std::vector<QSizeF> &sizes,
                     const std::vector<SavedLayout::Position> &pins, double gap, bool translate = true);

// Whether boxes a and b, each grown by gap / 2, overlap.
bool boxesOverlap(QPointF a, QSizeF sa, QPointF b, QSizeF sb, double gap);

} // namespace cascade
