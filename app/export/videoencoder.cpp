// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/videoencoder.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavformat/avformat.h>
#include <libavutil/imgutils.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace cascade {

namespace {

QString averror(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

// libavformat writes through these into the QSaveFile (seeks: the MP4 muxer goes back
// to write the sizes of its boxes).
int writePacket(void *opaque, uint8_t *buffer, int size)
{
    auto *file = static_cast<QSaveFile *>(opaque);
    return file->write(reinterpret_cast<const char *>(buffer), size) == size ? size : AVERROR(EIO);
}

int64_t seekFile(void *opaque, int64_t offset, int whence)
{
    auto *file = static_cast<QSaveFile *>(opaque);
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return file->size();
    case SEEK_SET:
        return file->seek(offset) ? offset : AVERROR(EIO);
    case SEEK_CUR:
        return file->seek(file->pos() + offset) ? file->pos() : AVERROR(EIO);
    case SEEK_END:
        return file->seek(file->size() + offset) ? file->pos() : AVERROR(EIO);
    default:
        return AVERROR(EINVAL);
    }
}

} // namespace

std::optional<VideoFormat> videoFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("mp4"))
        return VideoFormat::Mp4;
    if (suffix == QLatin1String("webm"))
        return VideoFormat::WebM;
    if (suffix == QLatin1String("gif"))
        return VideoFormat::Gif;
    return std::nullopt;
}

struct VideoEncoder::Impl {
    QString path;
    Settings settings;
    std::unique_ptr<QSaveFile> file;
    AVFormatContext *format = nullptr;
    AVIOContext *io = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    SwsContext *scale = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    std::int64_t pts = 0;
    // GIF: the frames go through paletteuse (in: the frame, palette: the clip's palette).
    AVFilterGraph *graph = nullptr;
    AVFilterContext *graphIn = nullptr;
    AVFilterContext *graphOut = nullptr;
    AVFrame *filtered = nullptr;

    std::thread worker;
    mutable std::mutex mutex;
    std::condition_variable changed;
    std::deque<QImage> queue;
    bool closing = false;   // no more frames: the worker drains the queue and stops
    bool cancelled = false; // the worker stops at once
    bool failed = false;
    QString error;
    int encoded = 0;

    ~Impl() { release(); }

    void release()
    {
        sws_freeContext(scale);
        scale = nullptr;
        avfilter_graph_free(&graph);
        av_frame_free(&filtered);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        if (format) {
            avformat_free_context(format);
            format = nullptr;
        }
        if (io) {
            av_freep(&io->buffer);
            avio_context_free(&io);
        }
    }

    void fail(const QString &message)
    {
        const std::lock_guard lock(mutex);
        if (!failed) {
            failed = true;
            error = message;
        }
        changed.notify_all();
    }

    // Sends a frame (or, with null, the end) to the codec and writes what comes out.
    bool encode(AVFrame *input)
    {
        int rc = avcodec_send_frame(codec, input);
        if (rc < 0) {
            fail(QStringLiteral("%1: encoding failed (%2)").arg(QDir::toNativeSeparators(path), averror(rc)));
            return false;
        }
        while ((rc = avcodec_receive_packet(codec, packet)) >= 0) {
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            rc = av_interleaved_write_frame(format, packet);
            if (rc < 0) {
                fail(QStringLiteral("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), averror(rc)));
                return false;
            }
        }
        if (rc != AVERROR(EAGAIN) && rc != AVERROR_EOF) {
            fail(QStringLiteral("%1: encoding failed (%2)").arg(QDir::toNativeSeparators(path), averror(rc)));
            return false;
        }
        return true;
    }

    // An RGB32 image as a BGRA frame of its own (the filter graph keeps references).
    static AVFrame *bgraFrame(const QImage &image, std::int64_t framePts)
    {
        AVFrame *f = av_frame_alloc();
        if (!f)
            return nullptr;
        f->format = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? AV_PIX_FMT_BGRA : AV_PIX_FMT_ARGB;
        f->width = image.width();
        f->height = image.height();
        f->pts = framePts;
        if (av_frame_get_buffer(f, 0) < 0) {
            av_frame_free(&f);
            return nullptr;
        }
        av_image_copy_plane(f->data[0], f->linesize[0], image.constBits(), static_cast<int>(image.bytesPerLine()),
                            image.width() * 4, image.height());
        return f;
    }

    // GIF: what paletteuse has ready goes to the encoder.
    bool drainGraph()
    {
        for (;;) {
            const int rc = av_buffersink_get_frame(graphOut, filtered);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return true;
            if (rc < 0) {
                fail(QStringLiteral("%1: the palette could not be applied (%2)").arg(QDir::toNativeSeparators(path), averror(rc)));
                return false;
            }
            filtered->pict_type = AV_PICTURE_TYPE_NONE;
            const bool ok = encode(filtered);
            av_frame_unref(filtered);
            if (!ok)
                return false;
        }
    }

    bool encodeImage(const QImage &image)
    {
        if (graph) {
            AVFrame *f = bgraFrame(image, pts++);
            const int rc = f ? av_buffersrc_add_frame(graphIn, f) : AVERROR(ENOMEM);
            av_frame_free(&f);
            if (rc < 0) {
                fail(QStringLiteral("%1: the palette could not be applied (%2)").arg(QDir::toNativeSeparators(path), averror(rc)));
                return false;
            }
            return drainGraph();
        }
        if (av_frame_make_writable(frame) < 0) {
            fail(QStringLiteral("%1: out of memory").arg(QDir::toNativeSeparators(path)));
            return false;
        }
        const uint8_t *source[1] = {image.constBits()};
        const int stride[1] = {static_cast<int>(image.bytesPerLine())};
        sws_scale(scale, source, stride, 0, image.height(), frame->data, frame->linesize);
        frame->pts = pts++;
        return encode(frame);
    }

    void run()
    {
        for (;;) {
            QImage next;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return cancelled || failed || closing || !queue.empty(); });
                if (cancelled || failed)
                    return;
                if (queue.empty())
                    break; // closing, all encoded
                next = std::move(queue.front());
                queue.pop_front();
                changed.notify_all(); // room in the queue
            }
            if (!encodeImage(next))
                return;
            const std::lock_guard lock(mutex);
            ++encoded;
        }
        if (graph && (av_buffersrc_add_frame(graphIn, nullptr) < 0 || !drainGraph()))
            return;
        if (!encode(nullptr))
            return;
        const int rc = av_write_trailer(format);
        if (rc < 0)
            fail(QStringLiteral("%1: cannot write (%2)").arg(QDir::toNativeSeparators(path), averror(rc)));
        else
            avio_flush(io);
    }

    // A buffer source of BGRA (or, for the palette, `pixelFormat`) frames of `size`.
    AVFilterContext *source(AVFilterGraph *g, const char *name, QSize size, int pixelFormat)
    {
        const QByteArray args = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=1/%4:pixel_aspect=1/1")
                                    .arg(size.width()).arg(size.height()).arg(pixelFormat).arg(settings.fps).toLatin1();
        AVFilterContext *c = nullptr;
        return avfilter_graph_create_filter(&c, avfilter_get_by_name("buffer"), name, args.constData(), nullptr, g) >= 0 ? c : nullptr;
    }

    // GIF: the clip's palette by palettegen over the samples, then the graph that maps
    // every frame onto it (paletteuse, Sierra dithering, only the changed rectangle).
    bool setUpPalette(QString *message)
    {
        const QString where = QDir::toNativeSeparators(path);
        const int bgra = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? AV_PIX_FMT_BGRA : AV_PIX_FMT_ARGB;
        if (settings.paletteSamples.empty()) {
            *message = QStringLiteral("%1: a GIF needs sample frames for its palette").arg(where);
            return false;
        }
        const auto failed = [&](const QString &why) {
            *message = QStringLiteral("%1: the GIF's palette could not be made (%2)").arg(where, why);
            return false;
        };
        AVFrame *palette = av_frame_alloc();
        {
            AVFilterGraph *g = avfilter_graph_alloc();
            AVFilterContext *in = g ? source(g, "in", settings.size, bgra) : nullptr;
            AVFilterContext *gen = nullptr, *out = nullptr;
            bool ok = in && palette
                      && avfilter_graph_create_filter(&gen, avfilter_get_by_name("palettegen"), "palettegen",
                                                      "max_colors=256:reserve_transparent=0:stats_mode=full", nullptr, g) >= 0
                      && avfilter_graph_create_filter(&out, avfilter_get_by_name("buffersink"), "out", nullptr, nullptr, g) >= 0
                      && avfilter_link(in, 0, gen, 0) >= 0 && avfilter_link(gen, 0, out, 0) >= 0 && avfilter_graph_config(g, nullptr) >= 0;
            std::int64_t samplePts = 0;
            for (const QImage &sample : settings.paletteSamples) {
                if (!ok)
                    break;
                const QImage image = sample.size() == settings.size && (sample.format() == QImage::Format_RGB32 || sample.format() == QImage::Format_ARGB32)
                                         ? sample
                                         : sample.scaled(settings.size).convertToFormat(QImage::Format_RGB32);
                AVFrame *f = bgraFrame(image, samplePts++);
                ok = f && av_buffersrc_add_frame(in, f) >= 0;
                av_frame_free(&f);
            }
            ok = ok && av_buffersrc_add_frame(in, nullptr) >= 0 && av_buffersink_get_frame(out, palette) >= 0;
            avfilter_graph_free(&g);
            if (!ok) {
                av_frame_free(&palette);
                return failed(QStringLiteral("palettegen"));
            }
        }
        graph = avfilter_graph_alloc();
        AVFilterContext *paletteIn = graph ? source(graph, "palette", QSize(palette->width, palette->height), palette->format) : nullptr;
        graphIn = graph ? source(graph, "in", settings.size, bgra) : nullptr;
        AVFilterContext *use = nullptr;
        bool ok = paletteIn && graphIn
                  && avfilter_graph_create_filter(&use, avfilter_get_by_name("paletteuse"), "paletteuse",
                                                  "dither=sierra2_4a:diff_mode=rectangle", nullptr, graph) >= 0
                  && avfilter_graph_create_filter(&graphOut, avfilter_get_by_name("buffersink"), "out", nullptr, nullptr, graph) >= 0
                  && avfilter_link(graphIn, 0, use, 0) >= 0 && avfilter_link(paletteIn, 0, use, 1) >= 0
                  && avfilter_link(use, 0, graphOut, 0) >= 0 && avfilter_graph_config(graph, nullptr) >= 0;
        palette->pts = 0;
        ok = ok && av_buffersrc_add_frame(paletteIn, palette) >= 0 && av_buffersrc_add_frame(paletteIn, nullptr) >= 0;
        av_frame_free(&palette);
        return ok || failed(QStringLiteral("paletteuse"));
    }

    bool setUp(QString *message)
    {
        // FFmpeg's own notes (the encoder's CPU flags...) stay off stderr: failures come
        // back as this class's messages, with FFmpeg's reason.
        av_log_set_level(AV_LOG_QUIET);
        const bool mp4 = settings.format == VideoFormat::Mp4;
        const bool gif = settings.format == VideoFormat::Gif;
        const QString where = QDir::toNativeSeparators(path);
        const char *muxer = mp4 ? "mp4" : gif ? "gif" : "webm";
        if (avformat_alloc_output_context2(&format, nullptr, muxer, nullptr) < 0 || !format) {
            *message = QStringLiteral("%1: this FFmpeg cannot write %2").arg(where, QLatin1String(muxer));
            return false;
        }
        const char *encoderName = mp4 ? "libx264" : gif ? "gif" : "libvpx-vp9";
        const AVCodec *encoder = avcodec_find_encoder_by_name(encoderName);
        if (!encoder) {
            *message = QStringLiteral("%1: this FFmpeg has no %2 encoder").arg(where, QLatin1String(encoderName));
            return false;
        }
        stream = avformat_new_stream(format, nullptr);
        codec = avcodec_alloc_context3(encoder);
        frame = av_frame_alloc();
        packet = av_packet_alloc();
        if (!stream || !codec || !frame || !packet) {
            *message = QStringLiteral("%1: out of memory").arg(where);
            return false;
        }
        codec->width = settings.size.width();
        codec->height = settings.size.height();
        codec->time_base = AVRational{1, settings.fps};
        codec->framerate = AVRational{settings.fps, 1};
        codec->pix_fmt = gif ? AV_PIX_FMT_PAL8 : AV_PIX_FMT_YUV420P;
        codec->gop_size = settings.fps * 2; // a key frame every 2 s: scrubbing in a player
        codec->color_range = AVCOL_RANGE_MPEG;
        codec->colorspace = AVCOL_SPC_BT709;
        codec->color_primaries = AVCOL_PRI_BT709;
        codec->color_trc = AVCOL_TRC_BT709;
        codec->thread_count = 0; // as many as the machine has
        if (mp4) {
            // Slides are flat colour and sharp text: x264's animation tuning, quality 20.
            av_opt_set(codec->priv_data, "preset", "veryfast", 0);
            av_opt_set(codec->priv_data, "tune", "animation", 0);
            av_opt_set(codec->priv_data, "crf", "20", 0);
            av_opt_set(codec->priv_data, "profile", "high", 0);
        } else if (gif) {
            if (!setUpPalette(message))
                return false;
        } else {
            codec->bit_rate = 0; // constant quality
            av_opt_set(codec->priv_data, "crf", "32", 0);
            av_opt_set(codec->priv_data, "deadline", "realtime", 0);
            av_opt_set(codec->priv_data, "cpu-used", "8", 0);
            av_opt_set(codec->priv_data, "row-mt", "1", 0);
        }
        if (format->oformat->flags & AVFMT_GLOBALHEADER)
            codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        int rc = avcodec_open2(codec, encoder, nullptr);
        if (rc < 0) {
            *message = QStringLiteral("%1: cannot start the %2 encoder (%3)").arg(where, QLatin1String(encoderName), averror(rc));
            return false;
        }
        avcodec_parameters_from_context(stream->codecpar, codec);
        stream->time_base = codec->time_base;
        stream->avg_frame_rate = codec->framerate;

        if (gif) {
            filtered = av_frame_alloc();
            if (!filtered) {
                *message = QStringLiteral("%1: out of memory").arg(where);
                return false;
            }
            return openFile(message);
        }
        frame->format = codec->pix_fmt;
        frame->width = codec->width;
        frame->height = codec->height;
        if (av_frame_get_buffer(frame, 0) < 0) {
            *message = QStringLiteral("%1: out of memory").arg(where);
            return false;
        }
        // QImage's RGB32 is B, G, R, A in memory on a little-endian machine; BT.709
        // coefficients, limited range, as the stream says.
        scale = sws_getContext(codec->width, codec->height,
                               QSysInfo::ByteOrder == QSysInfo::LittleEndian ? AV_PIX_FMT_BGRA : AV_PIX_FMT_ARGB,
                               codec->width, codec->height, codec->pix_fmt, SWS_BICUBIC, nullptr, nullptr, nullptr);
        if (!scale) {
            *message = QStringLiteral("%1: cannot convert the frames").arg(where);
            return false;
        }
        const int *bt709 = sws_getCoefficients(SWS_CS_ITU709);
        sws_setColorspaceDetails(scale, bt709, 1, bt709, 0, 0, 1 << 16, 1 << 16);
        return openFile(message);
    }

    // The output file under its temporary name, and the container's header.
    bool openFile(QString *message)
    {
        const QString where = QDir::toNativeSeparators(path);
        file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly)) {
            *message = QStringLiteral("%1: cannot write (%2)").arg(where, file->errorString());
            return false;
        }
        constexpr int kBuffer = 1 << 16;
        auto *buffer = static_cast<unsigned char *>(av_malloc(kBuffer));
        io = avio_alloc_context(buffer, kBuffer, 1, file.get(), nullptr, &writePacket, &seekFile);
        if (!io) {
            av_free(buffer);
            *message = QStringLiteral("%1: out of memory").arg(where);
            return false;
        }
        format->pb = io;
        format->flags |= AVFMT_FLAG_CUSTOM_IO;
        const int rc = avformat_write_header(format, nullptr);
        if (rc < 0) {
            *message = QStringLiteral("%1: cannot write (%2)").arg(where, averror(rc));
            return false;
        }
        return true;
    }
};

VideoEncoder::VideoEncoder() = default;

VideoEncoder::~VideoEncoder()
{
    cancel();
}

bool VideoEncoder::open(const QString &path, const Settings &settings, QString *error)
{
    cancel();
    const QString where = QDir::toNativeSeparators(path);
    QString message;
    const QSize s = settings.size;
    if (s.width() < 16 || s.height() < 16 || s.width() > 8192 || s.height() > 8192 || s.width() % 2 || s.height() % 2)
        message = QStringLiteral("%1: a video's sides are even numbers of pixels from 16 to 8192 (not %2x%3)")
                      .arg(where).arg(s.width()).arg(s.height());
    else if (settings.fps < 1 || settings.fps > 120)
        message = QStringLiteral("%1: frames per second go from 1 to 120 (not %2)").arg(where).arg(settings.fps);
    if (message.isEmpty()) {
        d = std::make_unique<Impl>();
        d->path = path;
        d->settings = settings;
        if (d->setUp(&message)) {
            d->worker = std::thread([impl = d.get()] { impl->run(); });
            return true;
        }
        if (d->file)
            d->file->cancelWriting();
        d.reset();
    }
    if (error)
        *error = message;
    return false;
}

bool VideoEncoder::addFrame(const QImage &image)
{
    if (!d)
        return false;
    QImage frame = image;
    if (frame.size() != d->settings.size)
        frame = frame.scaled(d->settings.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (frame.format() != QImage::Format_RGB32 && frame.format() != QImage::Format_ARGB32)
        frame = frame.convertToFormat(QImage::Format_RGB32);
    std::unique_lock lock(d->mutex);
    d->changed.wait(lock, [&] { return d->failed || d->cancelled || d->queue.size() < kQueue; });
    if (d->failed || d->cancelled)
        return false;
    d->queue.push_back(std::move(frame));
    d->changed.notify_all();
    return true;
}

bool VideoEncoder::finish(QString *error)
{
    if (!d) {
        if (error)
            *error = QStringLiteral("no video is being written");
        return false;
    }
    {
        const std::lock_guard lock(d->mutex);
        d->closing = true;
        d->changed.notify_all();
    }
    d->worker.join();
    bool ok = !d->failed && !d->cancelled;
    QString message = d->error;
    if (ok) {
        d->release(); // everything is written through the buffer before the commit
        if (!d->file->commit()) {
            ok = false;
            message = QStringLiteral("%1: cannot write (%2)").arg(QDir::toNativeSeparators(d->path), d->file->errorString());
        }
    } else {
        d->file->cancelWriting();
    }
    d.reset();
    if (!ok && error)
        *error = message;
    return ok;
}

void VideoEncoder::cancel()
{
    if (!d)
        return;
    {
        const std::lock_guard lock(d->mutex);
        d->cancelled = true;
        d->changed.notify_all();
    }
    d->worker.join();
    d->file->cancelWriting();
    d.reset();
}

int VideoEncoder::framesEncoded() const
{
    if (!d)
        return 0;
    const std::lock_guard lock(d->mutex);
    return d->encoded;
}

} // namespace cascade
