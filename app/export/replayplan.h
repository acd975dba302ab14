// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <vector>

namespace cascade {

struct Case;

// How a replay video spends its frames: the case's time from `from` to `to` mapped onto
// `seconds` of video at `fps`, holding still for a moment at each milestone on the way
// (the milestone's card is read while the graph's flashes fade).
struct ReplayPacing {
    TimeMs from = 0;
    TimeMs to = 0;
    double seconds = 30;
    int fps = 30;
    // Milestones: each stretch between two beats (and the range's ends) gets the same
    // share of the video, whatever its length in the case. RealTime: shares in proportion
    // to the case's time (quiet hours take long).
    enum class Mode : quint8 { Milestones, RealTime };
    Mode mode = Mode::Milestones;
    // The hold at each milestone; shortened so that holds take at most half the video.
    double holdSeconds = 2.5;
};

struct ReplayFrame {
    TimeMs time = 0;
    int milestone = -1; // the latest milestone at or before `time` (index into Case::milestones), or -1
    bool hold = false;  // a held frame at that milestone
};

// Exactly lround(seconds * fps) frames (at least 1), times never decreasing, the last one
// at `to`; every milestone in [from, to] gets its hold.
std::vector<ReplayFrame> replayFrames(const Case &c, const ReplayPacing &pacing);

} // namespace cascade
