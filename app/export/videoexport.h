// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/replayplan.h"
#include "app/export/slideoptions.h"
#include "app/export/videoencoder.h"

#include <QString>

#include <functional>
#include <vector>

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

// The replay clip of each milestone's slide, for a deck (writeDeckPptx): the case from
// the milestone before (the case's start for the first) to the slide's milestone, each
// `o.pacing.seconds` long at `o.pacing.fps`, as DIR/beatN.mp4 (N from 1, the slide's
// number). `clips` gets one path per slide (empty for a slide that is no milestone's).
bool writeBeatClips(SlideComposer &composer, const std::vector<SlideOptions> &slides, ReplayOptions o, const QString &dir,
                    std::vector<QString> &clips, QString *error = nullptr);

} // namespace cascade
