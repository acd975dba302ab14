// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cascade {

// The files a replay becomes: MP4 with H.264 in yuv420p (plays in PowerPoint, Impress,
// browsers and phones), WebM with VP9, or an animated GIF (for tools that play no video:
// one palette for the clip, made by FFmpeg's palettegen from sample frames, and each
// frame dithered to it by paletteuse).
enum class VideoFormat : quint8 { Mp4, WebM, Gif };

// By the file's suffix (.mp4, .webm, .gif, any case); nothing for another suffix.
std::optional<VideoFormat> videoFormatForPath(const QString &path);

// Encodes frames into a video file through FFmpeg's libavformat, libavcodec and
// libswscale. Frames are converted and encoded on a worker thread; addFrame() waits
// while `kQueue` frames are queued, so memory does not grow with the video's length.
// The file is written under a temporary name and takes its own at finish() (QSaveFile):
// a cancelled or failed video leaves no file under the name, and an older file there
// untouched.
//
//   VideoEncoder encoder;
//   if (!encoder.open(path, {{1920, 1080}, 30, VideoFormat::Mp4}, &error)) ...
//   for (...) if (!encoder.addFrame(image)) break;   // images of the size
//   encoder.finish(&error);
class VideoEncoder
{
public:
    struct Settings {
        QSize size{1920, 1080}; // even sides (yuv420p), 16 to 8192 pixels
        int fps = 30;           // 1 to 120 (a GIF's frame delays are in hundredths of a
                                // second: 10, 20, 25 or 50 fps keep its timing exact)
        VideoFormat format = VideoFormat::Mp4;
        // GIF only: frames the clip's palette is made from (e.g. the last frame and one
        // at each milestone); at least one.
        std::vector<QImage> paletteSamples;
    };
    static constexpr int kQueue = 4;

    VideoEncoder();
    ~VideoEncoder(); // cancels an unfinished video
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;

    // False with a message naming the file and why (unwritable, bad size, no encoder).
    bool open(const QString &path, const Settings &settings, QString *error);
    // Queues one frame (converted to the size's RGB32 if it is not); false once the
    // encoder has failed (finish() then says why) or the video was cancelled.
    bool addFrame(const QImage &frame);
    // Encodes what is queued, ends the file and puts it under its name.
    bool finish(QString *error);
    // Stops at once and removes the temporary file.
    void cancel();
    // Frames encoded so far (the worker's count).
    int framesEncoded() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace cascade
