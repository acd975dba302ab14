// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/videoexport.h"

#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/graph/graphscene.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QDir>

#include <cmath>

namespace cascade {

namespace {

QRectF ease(const QRectF &from, const QRectF &to, qreal a)
{
    const auto mix = [a](qreal x, qreal y) { return x + (y - x) * a; };
    return QRectF(QPointF(mix(from.left(), to.left()), mix(from.top(), to.top())),
                  QPointF(mix(from.right(), to.right()), mix(from.bottom(), to.bottom())));
}

} // namespace

SlideOptions replaySlide(const Case &c, const ReplayFrame &frame, const SlideOptions &base)
{
    SlideOptions s = frame.milestone >= 0 ? milestoneSlide(c, frame.milestone, base) : base;
    if (frame.milestone < 0) {
        s.title = DisplayFormat::caseTitle(c);
        s.caption = DisplayFormat::caseSummary(c);
        s.milestone = -1;
    }
    s.time = frame.time;
    return s;
}

bool writeReplayVideo(SlideComposer &composer, const ReplayOptions &o, const QString &path, const VideoProgress &progress,
                      QString *error)
{
    const Case &c = composer.document()->caseData();
    const std::vector<ReplayFrame> frames = replayFrames(c, o.pacing);
    SlideOptions base = o.slide;
    base.scale = 1;
    VideoEncoder::Settings settings{base.size, o.pacing.fps, o.format, {}};
    if (o.format == VideoFormat::Gif && !frames.empty()) {
        // The clip's palette: from the first frame of each hold, and the last frame
        // (nearly everything shown), each framed on its own.
        std::vector<std::size_t> samples;
        for (std::size_t i = 0; i < frames.size(); ++i)
            if (frames[i].hold && (i == 0 || !frames[i - 1].hold || frames[i - 1].time != frames[i].time))
                samples.push_back(i);
        samples.push_back(frames.size() - 1);
        for (const std::size_t i : samples) {
            SlideOptions s = replaySlide(c, frames[i], base);
            s.sceneFrame = composer.framing(s);
            settings.paletteSamples.push_back(composer.render(s));
        }
    }
    VideoEncoder encoder;
    if (!encoder.open(path, settings, error))
        return false;
    settings.paletteSamples.clear();
    GraphScene *scene = composer.scene();
    const bool flashed = scene->flashEnabled();
    scene->setFlashEnabled(true);
    const qreal dt = 1.0 / std::max(1, o.pacing.fps);
    const qreal a = o.cameraSeconds > 0 ? 1 - std::exp(-dt / o.cameraSeconds) : 1;
    QRectF camera;
    bool ok = true;
    const int total = static_cast<int>(frames.size());
    for (int i = 0; i < total && ok; ++i) {
        SlideOptions s = replaySlide(c, frames[static_cast<std::size_t>(i)], base);
        // The flashes run on the video's clock: new events flash as the frame's time
        // passes them and fade over the next frames.
        scene->setFlashTime(static_cast<qint64>(std::llround(i * dt * 1000)));
        const QRectF target = composer.framing(s);
        // Eases in; never leaves out what the frame shows (a new actor far off widens
        // the camera at once, as the graph grows).
        camera = i == 0 || !camera.isValid() ? target : ease(camera, target, a) | target;
        s.sceneFrame = camera;
        ok = encoder.addFrame(composer.render(s));
        if (ok && progress && !progress(i + 1, total)) {
            encoder.cancel();
            scene->setFlashEnabled(flashed);
            if (error)
                *error = QStringLiteral("cancelled");
            return false;
        }
    }
    scene->setFlashEnabled(flashed);
    return encoder.finish(error) && ok;
}

bool writeBeatClips(SlideComposer &composer, const std::vector<SlideOptions> &slides, ReplayOptions o, const QString &dir,
                    std::vector<QString> &clips, QString *error)
{
    const Case &c = composer.document()->caseData();
    o.format = VideoFormat::Mp4;
    clips.assign(slides.size(), QString());
    for (std::size_t i = 0; i < slides.size(); ++i) {
        const int m = slides[i].milestone;
        if (m < 0 || m >= static_cast<int>(c.milestones.size()))
            continue;
        o.pacing.from = m == 0 ? c.startTime() : c.milestones[static_cast<std::size_t>(m - 1)].time;
        o.pacing.to = c.milestones[static_cast<std::size_t>(m)].time;
        const QString path = QDir(dir).filePath(QStringLiteral("beat%1.mp4").arg(i + 1));
        if (!writeReplayVideo(composer, o, path, {}, error))
            return false;
        clips[i] = path;
    }
    return true;
}

} // namespace cascade
