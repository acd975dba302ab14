// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade export FILE (--at TIME | --milestone N) -o OUT.png|.svg|.pdf [--size WxH]
// [--scale S] [--theme light|dark|print] [--layout L] [--title T] [--caption C]
// [--pseudonymise N] [--actor HANDLE | --cascade EVENT]`: one slide, headless (docs/cli.md, section
// "export"). Exit 0 on success, 1 when a file cannot be read or written, 2 on a usage
// error.
#include "app/cli/commands.h"

#include "app/document/casedocument.h"
#include "app/cli/slidecommandline.h"
#include "app/export/slidecomposer.h"
#include "app/export/slideexport.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QCoreApplication>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qsizetype kHelpWidth = 100; // the usage text's columns
constexpr int kOptionColumn = 20; // where the options' descriptions start

QString usage()
{
    return QStringList{
               QStringLiteral("Usage: cascade export FILE (--at TIME | --milestone N) -o OUT.png|OUT.svg|OUT.pdf [options]"),
               optionHelp(QStringLiteral("  --at TIME         "),
                          Text::tr("the graph as of TIME: ISO 8601 with an offset, e.g. 2010-01-17T11:30:00-05:00"), kHelpWidth),
               optionHelp(QStringLiteral("  --milestone N     "),
                          Text::tr("the graph at the case's milestone N (1 = the first), with its title and caption"), kHelpWidth),
               optionHelp(QStringLiteral("  -o, --output OUT  "),
                          Text::tr("the slide: .png (image), .svg (text kept as text) or .pdf (one page)"), kHelpWidth),
               optionHelp(QStringLiteral("  --title T         "),
                          Text::tr("the slide's title (default: the milestone's, or the case's)"), kHelpWidth),
               optionHelp(QStringLiteral("  --caption C       "),
                          Text::tr("the slide's caption (default: the milestone's, or none)"), kHelpWidth),
               SlideCommandLine::sharedUsage(kOptionColumn),
    }.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    return reportUsageError("export", message, usage());
}

} // namespace

int runExport(const QStringList &args)
{
    SlideCommandLine options;
    QString output;
    std::optional<TimeMs> at;
    std::optional<int> milestone;
    std::optional<QString> title, caption;
    QString parseError;
    const auto outcome = options.parse(args, [&](const QString &name, const QString &value) -> std::optional<QString> {
        if (name == QLatin1String("--at")) {
            TimeParseError why = TimeParseError::None;
            at = parseIsoTime(QStringView(value), &why);
            if (!at)
                return Text::tr("--at \"%1\": %2; expected ISO 8601 with an offset, e.g. 2010-01-17T11:30:00-05:00 or 2010-01-17T16:30:00Z")
                    .arg(value, timeParseErrorText(why));
        } else if (name == QLatin1String("--milestone")) {
            bool ok = false;
            milestone = value.toInt(&ok);
            if (!ok)
                return Text::tr("--milestone \"%1\": expected a milestone number, 1 for the first").arg(value);
        } else if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            output = value;
        } else if (name == QLatin1String("--title")) {
            title = value;
        } else if (name == QLatin1String("--caption")) {
            caption = value;
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
    if (at && milestone)
        return usageError(Text::tr("give --at or --milestone, not both"));
    if (!at && !milestone)
        return usageError(Text::tr("say which moment: --at TIME or --milestone N"));
    if (output.isEmpty())
        return usageError(Text::tr("no output file given (-o OUT.png, OUT.svg or OUT.pdf)"));
    if (!slideFormatForPath(output))
        return usageError(Text::tr("-o \"%1\": unknown format; the file name must end in .png, .svg or .pdf").arg(output));

    QString error;
    int code = 0;
    std::optional<SlideSession> session = openSlideSession(options, &error, &code);
    if (!session) {
        printErr(code == 2 ? QStringLiteral("cascade export: ") + error : error);
        return code;
    }
    const Case &c = session->document->caseData();
    SlideOptions slide = options.slide;
    if (milestone) {
        const int n = static_cast<int>(c.milestones.size());
        if (*milestone < 1 || *milestone > n)
            return usageError(n == 0 ? Text::tr("--milestone %1: %2 has no milestones").arg(QString::number(*milestone), options.file)
                                     : Text::tr("--milestone %1 is out of range: %2 has %3 milestones (1 to %4)")
                                           .arg(QString::number(*milestone), options.file, QString::number(n), QString::number(n)));
        slide = milestoneSlide(c, *milestone - 1, slide);
    } else {
        slide.time = *at;
        slide.title = DisplayFormat::caseTitle(c);
    }
    if (title)
        slide.title = *title;
    if (caption) {
        slide.caption = *caption;
    } else if (slide.showCascade) {
        // The cascade's measures as of the slide, after the milestone's own caption.
        const QString measures = cascadeCaption(*session->document, slide.time);
        slide.caption = slide.caption.isEmpty() ? measures : slide.caption + QStringLiteral(" \u2014 ") + measures;
    }
    if (!writeSlide(*session->composer, slide, output, &error)) {
        printErr(QStringLiteral("cascade export: ") + error);
        return 1;
    }
    if (slideFormatForPath(output) == SlideFormat::Png) {
        const QSize pixels = slide.pixelSize();
        printOut(Text::tr("%1: %2 x %3 pixels, %4 dpi").arg(output, QString::number(pixels.width()), QString::number(pixels.height()),
                                                                         QString::number(slide.dotsPerInch())));
    } else {
        printOut(Text::tr("%1: a %2 x %3 slide").arg(output, QString::number(slide.size.width()), QString::number(slide.size.height())));
    }
    return 0;
}

} // namespace cascade::cli
