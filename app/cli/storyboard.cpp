// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade storyboard FILE -o DIR [--pdf DECK.pdf] [--pptx DECK.pptx] [--filmstrip STRIP.png] [--format
// png|svg] [--size WxH] [--scale S] [--theme T] [--layout L] [--pseudonymise N]
// [--actor HANDLE]`: one slide per milestone into DIR (01-title.png, 02-...), and
// optionally the PDF deck (title page, the milestones, closing page) and a filmstrip
// (docs/cli.md, section "storyboard"). Exit 0 on success, 1 when a file cannot be
// read or written, 2 on a usage error.
#include "app/cli/commands.h"

#include "app/document/casedocument.h"
#include "app/cli/slidecommandline.h"
#include "app/export/pptxdeck.h"
#include "app/export/slidecomposer.h"
#include "app/export/slideexport.h"
#include "app/export/videoexport.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

namespace cascade::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr qsizetype kHelpWidth = 100; // the usage text's columns
constexpr int kOptionColumn = 25; // where the options' descriptions start

QString usage()
{
    return QStringList{
               QStringLiteral("Usage: cascade storyboard FILE -o DIR [--pdf DECK.pdf] [--filmstrip STRIP.png] [options]"),
               optionHelp(QStringLiteral("  -o, --output DIR       "),
                          Text::tr("one slide per milestone: DIR/01-<title>.png, DIR/02-..., created if missing"), kHelpWidth),
               optionHelp(QStringLiteral("  --format png|svg       "), Text::tr("the slides' format (default png)"), kHelpWidth),
               // Wrapped before column 96, as it always was.
               optionHelp(QStringLiteral("  --pdf DECK.pdf         "),
                          Text::tr("also the deck: a title page, one page per milestone, a closing page with the path to "
                                   "each target and the measures table"),
                          96),
               optionHelp(QStringLiteral("  --filmstrip STRIP.png  "),
                          Text::tr("also one image with the graph at every milestone (small multiples)"), kHelpWidth),
               optionHelp(QStringLiteral("  --pptx DECK.pptx       "),
                          Text::tr("also a PowerPoint deck: one slide per milestone, its title and caption as editable "
                                   "text, its speaker notes as the slide's notes"),
                          kHelpWidth),
               optionHelp(QStringLiteral("  --clips                "),
                          Text::tr("with --pptx: each slide plays the replay of its beat (from the milestone before), 6 s "
                                   "of MP4 at 30 fps, 1280x720 or the slides' --size if smaller, embedded in the deck"),
                          kHelpWidth),
               SlideCommandLine::sharedUsage(kOptionColumn),
    }.join(QLatin1Char('\n'));
}

int usageError(const QString &message)
{
    return reportUsageError("storyboard", message, usage());
}

} // namespace

int runStoryboard(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool clips = args.removeAll(QStringLiteral("--clips")) > 0;
    SlideCommandLine options;
    QString directory, deck, filmstrip, pptx;
    QString format = QStringLiteral("png");
    QString parseError;
    const auto outcome = options.parse(args, [&](const QString &name, const QString &value) -> std::optional<QString> {
        if (name == QLatin1String("-o") || name == QLatin1String("--output")) {
            directory = value;
        } else if (name == QLatin1String("--pdf")) {
            deck = value;
            if (slideFormatForPath(deck) != SlideFormat::Pdf)
                return Text::tr("--pdf \"%1\": the deck's file name must end in .pdf").arg(value);
        } else if (name == QLatin1String("--filmstrip")) {
            filmstrip = value;
            if (slideFormatForPath(filmstrip) != SlideFormat::Png)
                return Text::tr("--filmstrip \"%1\": the file name must end in .png").arg(value);
        } else if (name == QLatin1String("--pptx")) {
            pptx = value;
            if (!pptx.endsWith(QLatin1String(".pptx"), Qt::CaseInsensitive))
                return Text::tr("--pptx \"%1\": the deck's file name must end in .pptx").arg(value);
        } else if (name == QLatin1String("--format")) {
            format = value.toLower();
            if (format != QLatin1String("png") && format != QLatin1String("svg"))
                return Text::tr("--format \"%1\": expected png or svg").arg(value);
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
    if (directory.isEmpty())
        return usageError(Text::tr("no output folder given (-o DIR)"));
    if (clips && pptx.isEmpty())
        return usageError(Text::tr("--clips goes with --pptx DECK.pptx (the clips are embedded in the deck)"));

    QString error;
    int code = 0;
    std::optional<SlideSession> session = openSlideSession(options, &error, &code);
    if (!session) {
        printErr(code == 2 ? QStringLiteral("cascade storyboard: ") + error : error);
        return code;
    }
    const Case &c = session->document->caseData();
    if (c.milestones.empty()) {
        printErr(QStringLiteral("cascade storyboard: ")
                 + Text::tr("%1 has no milestones: nothing to tell (use cascade export --at TIME)").arg(options.file));
        return 1;
    }
    if (!QDir().mkpath(directory)) {
        printErr(QStringLiteral("cascade storyboard: ")
                 + Text::tr("cannot create the folder \"%1\"").arg(QDir::toNativeSeparators(directory)));
        return 1;
    }
    SlideComposer &composer = *session->composer;
    const std::vector<SlideOptions> slides = milestoneSlides(c, options.slide);
    const QDir dir(directory);
    for (std::size_t i = 0; i < slides.size(); ++i) {
        // File names carry pseudonyms too (a title may name an account).
        composer.prepare(slides[i]);
        const QString path = dir.filePath(slideFileStem(static_cast<int>(i) + 1, composer.slideText(slides[i].title)) +
                                          QLatin1Char('.') + format);
        if (!writeSlide(composer, slides[i], path, &error)) {
            printErr(QStringLiteral("cascade storyboard: ") + error);
            return 1;
        }
        printOut(path);
    }
    if (!deck.isEmpty()) {
        if (!writeDeckPdf(composer, slides, options.slide, deck, &error)) {
            printErr(QStringLiteral("cascade storyboard: ") + error);
            return 1;
        }
        printOut(Text::tr("%1: %2 pages").arg(deck, QString::number(deckPageCount(static_cast<int>(slides.size())))));
    }
    if (!pptx.isEmpty()) {
        std::vector<QString> clipFiles;
        QTemporaryDir clipDir;
        if (clips) {
            ReplayOptions replay;
            replay.slide = options.slide;
            // 1280x720, or the slides' size when smaller (even sides, as a video needs).
            const QSize slideSize = options.slide.size.boundedTo(QSize(1280, 720));
            replay.slide.size = QSize(slideSize.width() & ~1, slideSize.height() & ~1);
            replay.slide.scale = 1;
            replay.pacing.seconds = 6;
            replay.pacing.fps = 30;
            if (!clipDir.isValid() || !writeBeatClips(composer, slides, replay, clipDir.path(), clipFiles, &error)) {
                printErr(QStringLiteral("cascade storyboard: ") + (error.isEmpty() ? clipDir.errorString() : error));
                return 1;
            }
        }
        if (!writeDeckPptx(composer, slides, pptx, &error, clipFiles)) {
            printErr(QStringLiteral("cascade storyboard: ") + error);
            return 1;
        }
        printOut(clips ? Text::tr("%1: %2 slides, each with its replay clip").arg(pptx, QString::number(slides.size()))
                       : Text::tr("%1: %2 slides").arg(pptx, QString::number(slides.size())));
    }
    if (!filmstrip.isEmpty()) {
        SlideOptions strip = options.slide;
        strip.title = DisplayFormat::caseTitle(c);
        if (!writeFilmstripPng(composer, slides, strip, filmstrip, &error)) {
            printErr(QStringLiteral("cascade storyboard: ") + error);
            return 1;
        }
        printOut(filmstrip);
    }
    return 0;
}

} // namespace cascade::cli
