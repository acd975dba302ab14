// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/replayplan.h"
#include "app/export/slideoptions.h"
#include "app/export/videoencoder.h"

#include <QString>

#include <functional>

namespace cascade {

class SlideComposer;

// A replay video: the slides of SlideComposer frame after frame (the graph filling in
// with the flashes of new events, the time strip's cursor moving, the milestone's title
// and caption, the clock), paced by ReplayPacing.
struct ReplayOptions {
    SlideOptions slide;  // the video's size (scale 1), theme, pseudonyms, framing
    ReplayPacing pacing; // the range, the duration, the frames per second
    VideoFormat format = VideoFormat::Mp4;
    // With Frame::Shown, the camera eases towards each frame's framing instead of
    // jumping (the time constant, in seconds), never leaving out what the frame shows.
    double cameraSeconds = 0.35;
};

// The slide of one frame: the frame's time, its milestone's title and caption (the
// case's title and summary before the first milestone).
SlideOptions replaySlide(const Case &c, const ReplayFrame &frame, const SlideOptions &base);

// After each frame queued: (frames done, total); false cancels.
using VideoProgress = std::function<bool(int done, int total)>;

// Renders and encodes the replay into `path`. False with a message in `error` on failure
// or when cancelled ("cancelled"); either way nothing is left under `path`.
bool writeReplayVideo(SlideComposer &composer, const ReplayOptions &o, const QString &path,
                      const VideoProgress &progress = {}, QString *error = nullptr);

} // namespace cascade
