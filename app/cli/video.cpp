// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade video FILE -o REPLAY.mp4|.webm|.gif [--from TIME | --milestone N] [--to TIME |
// --milestone M] [--duration S] [--fps N] [--pacing milestones|real] [--hold S]
// [--size WxH] [--theme T] [--frame shown|whole] [--pseudonymise N] ...`: the replay as a
// video, headless (docs/cli.md, section "video"). Exit 0 on success, 1 when a file
// cannot be read or written, 2 on a usage error.
#include "app/cli/commands.h"

#include "app/document/casedocument.h"
#include "app/cli/slidecommandline.h"
#include "app/export/slidecomposer.h"
#include "app/export/videoexport.h"
#include "core/model/case.h"
#include "core/model/time.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qsizetype kHelpWidth = 96; // the usage text's columns
constexpr int kOptionColumn = 24; // where the options' descriptions start

QString usage()
{
    return QStringList{
               QStringLiteral("Usage: cascade video FILE -o REPLAY.mp4|REPLAY.webm|REPLAY.gif [options]"),
               optionHelp(QStringLiteral("  -o, --output OUT      "),
                          Text::tr("the video: .mp4 (H.264, plays in PowerPoint, Impress, browsers, phones) or .webm "
                                   "(VP9), or .gif (animated; 960x540 at 10 fps unless given)"),
                          kHelpWidth),
               optionHelp(QStringLiteral("  --from TIME           "),
                          Text::tr("start at TIME (ISO 8601 with an offset; default: the case's first event)"), kHelpWidth),
               optionHelp(QStringLiteral("  --to TIME             "), Text::tr("end at TIME (default: the case's last event)"),
                          kHelpWidth),
               optionHelp(QStringLiteral("  --milestone N         "),
                          Text::tr("start at milestone N (1 = the first); given twice, the second is where it ends"),
                          kHelpWidth),
               optionHelp(QStringLiteral("  --duration S          "), Text::tr("seconds of video (default 30)"), kHelpWidth),
               optionHelp(QStringLiteral("  --fps N               "), Text::tr("frames per second, 1 to 120 (default 30)"), kHelpWidth),
               optionHelp(QStringLiteral("  --pacing P            "),
                          Text::tr("milestones: each stretch between two milestones gets the same time (default); "
                                   "real: time in proportion to the case's time"),
                          kHelpWidth),
               optionHelp(QStringLiteral("  --hold S              "),
                          Text::tr("seconds held at each milestone (default 2.5; at most half the video)"), kHelpWidth),
               SlideCommandLine::sharedUsage(kOptionColumn),
    }.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    return reportUsageError("video", message, usage());
}

std::optional<QString> parseTime(const QString &name, const QString &value, std::optional<TimeMs> &out)
{
    TimeParseError why = TimeParseError::None;
    out = parseIsoTime(QStringView(value), &why);
    if (!out)
        return Text::tr("%1 \"%2\": %3; expected ISO 8601 with an offset, e.g. 2010-01-17T11:30:00-05:00")
            .arg(name, value, timeParseErrorText(why));
    return QString();
}

} // namespace

int runVideo(const QStringList &args)
{
    SlideCommandLine options;
    options.slide.size = QSize(1920, 1080);
    QString output;
    std::optional<TimeMs> from, to;
    std::vector<int> milestones;
    ReplayOptions replay;
    QString parseError;
    const auto outcome = options.parse(args, [&](const QString &name, const QString &value) -> std::optional<QString> {
        bool ok = false;
        if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            output = value;
        } else if (name == QLatin1String("--from")) {
            return parseTime(name, value, from);
        } else if (name == QLatin1String("--to")) {
            return parseTime(name, value, to);
        } else if (name == QLatin1String("--milestone")) {
            milestones.push_back(value.toInt(&ok));
            if (!ok)
                return Text::tr("--milestone \"%1\": expected a milestone number, 1 for the first").arg(value);
        } else if (name == QLatin1String("--duration")) {
            replay.pacing.seconds = value.toDouble(&ok);
            if (!ok || !(replay.pacing.seconds > 0) || replay.pacing.seconds > 3600)
                return Text::tr("--duration \"%1\": expected seconds, more than 0 and at most 3600").arg(value);
        } else if (name == QLatin1String("--fps")) {
            replay.pacing.fps = value.toInt(&ok);
            if (!ok || replay.pacing.fps < 1 || replay.pacing.fps > 120)
                return Text::tr("--fps \"%1\": expected frames per second from 1 to 120").arg(value);
        } else if (name == QLatin1String("--hold")) {
            replay.pacing.holdSeconds = value.toDouble(&ok);
            if (!ok || replay.pacing.holdSeconds < 0)
                return Text::tr("--hold \"%1\": expected seconds, 0 or more").arg(value);
        } else if (name == QLatin1String("--pacing")) {
            if (value == QLatin1String("milestones"))
                replay.pacing.mode = ReplayPacing::Mode::Milestones;
            else if (value == QLatin1String("real"))
                replay.pacing.mode = ReplayPacing::Mode::RealTime;
            else
                return Text::tr("--pacing \"%1\": expected milestones or real").arg(value);
        } else {
            return std::nullopt;
        }
        return QString();
    }, &parseError);
    if (outcome == SlideCommandLine::Outcome::Help) {
        printOut(usage());
        return 0;
    }
    if (outcome == SlideCommandLine::Outcome::Error)
        return usageError(parseError);
    if (options.file.isEmpty())
        return usageError(Text::tr("no case file given"));
    if (output.isEmpty())
        return usageError(Text::tr("no output file given (-o REPLAY.mp4, REPLAY.webm or REPLAY.gif)"));
    const std::optional<VideoFormat> format = videoFormatForPath(output);
    if (!format)
        return usageError(Text::tr("-o \"%1\": unknown format; the file name must end in .mp4, .webm or .gif").arg(output));
    if (*format == VideoFormat::Gif) {
        // A GIF is smaller by default, at a rate its frame delays (hundredths of a
        // second) keep exactly.
        const auto given = [&](const char *option) {
            return std::any_of(args.begin(), args.end(), [&](const QString &a) {
                return a == QLatin1String(option) || a.startsWith(QLatin1String(option) + QLatin1Char('='));
            });
        };
        if (!given("--size"))
            options.slide.size = QSize(960, 540);
        if (!given("--fps"))
            replay.pacing.fps = 10;
    }
    if (milestones.size() > 2)
        return usageError(Text::tr("--milestone is given at most twice (where the video starts, where it ends)"));
    if ((from && !milestones.empty()) || (to && milestones.size() == 2))
        return usageError(Text::tr("give --from or a first --milestone, and --to or a second --milestone, not both"));
    if (options.slide.scale != 1)
        return usageError(Text::tr("--scale does not apply to a video: give its --size in pixels"));
    const QSize size = options.slide.size;
    if (size.width() % 2 || size.height() % 2)
        return usageError(Text::tr("--size %1x%2: a video's sides are even numbers of pixels").arg(size.width()).arg(size.height()));

    QString error;
    int code = 0;
    std::optional<SlideSession> session = openSlideSession(options, &error, &code);
    if (!session) {
        printErr(code == 2 ? QStringLiteral("cascade video: ") + error : error);
        return code;
    }
    const Case &c = session->document->caseData();
    if (c.events.empty()) {
        printErr(QStringLiteral("cascade video: ") + Text::tr("%1 has no events: nothing to replay").arg(options.file));
        return 1;
    }
    const int n = static_cast<int>(c.milestones.size());
    for (const int m : milestones)
        if (m < 1 || m > n)
            return usageError(n == 0 ? Text::tr("--milestone %1: %2 has no milestones").arg(QString::number(m), options.file)
                                     : Text::tr("--milestone %1 is out of range: %2 has %3 milestones (1 to %4)")
                                           .arg(QString::number(m), options.file, QString::number(n), QString::number(n)));
    const auto milestoneTime = [&](int m) { return c.milestones[static_cast<std::size_t>(m - 1)].time; };
    replay.pacing.from = from ? *from : !milestones.empty() ? milestoneTime(milestones[0]) : std::min(c.events.front().time, c.milestones.empty() ? c.events.front().time : c.milestones.front().time);
    replay.pacing.to = to ? *to : milestones.size() == 2 ? milestoneTime(milestones[1]) : c.events.back().time;
    if (replay.pacing.to < replay.pacing.from)
        return usageError(Text::tr("the video would end before it starts"));
    replay.slide = options.slide;
    replay.format = *format;

    QElapsedTimer clock;
    clock.start();
    if (!writeReplayVideo(*session->composer, replay, output, {}, &error)) {
        printErr(QStringLiteral("cascade video: ") + error);
        return 1;
    }
    const long frames = std::max(1L, std::lround(replay.pacing.seconds * replay.pacing.fps));
    printOut(Text::tr("%1: %2 frames, %3 s at %4 fps, %5x%6, %7 (%8 s to make)")
                 .arg(QDir::toNativeSeparators(output))
                 .arg(frames)
                 .arg(static_cast<double>(frames) / replay.pacing.fps, 0, 'f', 2)
                 .arg(replay.pacing.fps)
                 .arg(size.width())
                 .arg(size.height())
                 .arg(*format == VideoFormat::Mp4 ? QStringLiteral("H.264") : *format == VideoFormat::Gif ? QStringLiteral("GIF") : QStringLiteral("VP9"))
                 .arg(static_cast<double>(clock.elapsed()) / 1000.0, 0, 'f', 1));
    return 0;
}

} // namespace cascade::cli
