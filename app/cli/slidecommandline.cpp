// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/slidecommandline.h"

#include "app/cli/commands.h"
#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/graph/graphtheme.h"
#include "app/graph/layoutcontroller.h"
#include "app/presentation/displayformat.h"
#include "core/io/casefile.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace cascade {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlideCommandLine)
};

QString engineNames()
{
    QStringList names;
    for (int k = 0; k < kLayoutEngineKindCount; ++k)
        names << layoutEngineName(static_cast<LayoutEngineKind>(k));
    return names.join(QStringLiteral(", "));
}

} // namespace

SlideSession::SlideSession() = default;
SlideSession::SlideSession(SlideSession &&) noexcept = default;
SlideSession &SlideSession::operator=(SlideSession &&) noexcept = default;
SlideSession::~SlideSession()
{
    composer.reset(); // its scene observes the document
}

bool takeOptionValue(const QStringList &args, qsizetype &i, QString &name, QString &value)
{
    name = args[i];
    if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq > 0 && name.startsWith(QLatin1String("--"))) {
        value = name.mid(eq + 1);
        name.truncate(eq);
        return true;
    }
    if (i + 1 >= args.size())
        return false;
    value = args[++i];
    return true;
}

QString SlideCommandLine::sharedUsage(int column)
{
    constexpr qsizetype kWidth = 100;
    const auto line = [column](const char *option, const QString &text) {
        return cli::optionHelp(QStringLiteral("  %1").arg(QLatin1String(option), -(column - 2)), text, kWidth);
    };
    return QStringList{
        line("--size WxH", Text::tr("slide size in pixels (default 1920x1080; presets 1280x720, 1920x1080, 3840x2160)")),
        line("--scale S", Text::tr("pixels per slide pixel, 0.25 to 8 (default 1): a PNG of WxH times S, at 96 x S dpi")),
        line("--theme T", Text::tr("light (default), dark or print (high contrast on white)")),
        line("--layout L", Text::tr("%1 (default auto: the layout saved in the case, else by size)").arg(engineNames())),
        line("--frame F", Text::tr("shown (default: the actors shown at the moment, zoomed in early on) or whole (the whole case on every slide: a fixed camera)")),
        line("--pseudonymise N", Text::tr("show accounts with fewer than N followers as \"follower 1\", \"follower 2\"...")),
        line("--actor HANDLE", Text::tr("highlight this actor and list its key measures and path from the origin")),
        line("--cascade EVENT", Text::tr("highlight the cascade rooted at this event (its id), as of each slide's time")),
        line("--note-window M", Text::tr("show a note pinned to an actor and a moment beside the actor for M minutes from that moment (default 60), or off")),
    }.join(QLatin1Char('\n'));
}

SlideCommandLine::Outcome SlideCommandLine::parse(const QStringList &args, const OwnOption &own, QString *error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help"))
            return Outcome::Help;
        switch (parseShared(args, i, error)) {
        case Step::Done:
            continue;
        case Step::Error:
            return Outcome::Error;
        case Step::NotMine:
            break;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            if (!file.isEmpty()) {
                *error = Text::tr("more than one case file given (\"%1\" and \"%2\")").arg(file, arg);
                return Outcome::Error;
            }
            file = arg;
            continue;
        }
        QString name, value;
        if (!takeOptionValue(args, i, name, value)) {
            // Nothing follows: an option of the command's own lacks its value, anything
            // else is unknown (the command fails either way, so asking it is harmless).
            *error = own(name, QString()) ? Text::tr("%1 needs a value").arg(name)
                                          : Text::tr("unknown argument \"%1\"").arg(arg);
            return Outcome::Error;
        }
        const std::optional<QString> problem = own(name, value);
        if (!problem) {
            *error = Text::tr("unknown argument \"%1\"").arg(arg);
            return Outcome::Error;
        }
        if (!problem->isEmpty()) {
            *error = *problem;
            return Outcome::Error;
        }
    }
    return Outcome::Parsed;
}

SlideCommandLine::Step SlideCommandLine::parseShared(const QStringList &args, qsizetype &i, QString *error)
{
    const QString arg = args[i];
    const QString key = arg.section(QLatin1Char('='), 0, 0);
    static const QStringList mine = {QStringLiteral("--size"), QStringLiteral("--scale"), QStringLiteral("--theme"),
                                     QStringLiteral("--layout"), QStringLiteral("--frame"), QStringLiteral("--pseudonymise"),
                                     QStringLiteral("--pseudonymize"), QStringLiteral("--actor"), QStringLiteral("--cascade"),
                                     QStringLiteral("--note-window")};
    if (!mine.contains(key))
        return Step::NotMine;
    QString name, value;
    if (!takeOptionValue(args, i, name, value)) {
        *error = Text::tr("%1 needs a value").arg(name);
        return Step::Error;
    }
    if (name == QLatin1String("--size")) {
        const std::optional<QSize> size = parseSlideSize(value);
        if (!size) {
            *error = Text::tr("--size \"%1\": expected WIDTHxHEIGHT in pixels, e.g. 1920x1080 (16 to 16384 a side)").arg(value);
            return Step::Error;
        }
        slide.size = *size;
    } else if (name == QLatin1String("--scale")) {
        bool ok = false;
        const double s = value.toDouble(&ok);
        if (!ok || !(s >= 0.25 && s <= 8)) {
            *error = Text::tr("--scale \"%1\": expected a number from 0.25 to 8, e.g. 2").arg(value);
            return Step::Error;
        }
        slide.scale = s;
    } else if (name == QLatin1String("--theme")) {
        if (!GraphTheme::names().contains(value)) {
            *error = Text::tr("--theme \"%1\": expected %2").arg(value, GraphTheme::names().join(QStringLiteral(", ")));
            return Step::Error;
        }
        slide.theme = value;
    } else if (name == QLatin1String("--layout")) {
        const std::optional<LayoutEngineKind> kind = layoutEngineFromName(value);
        if (!kind) {
            *error = Text::tr("unknown layout \"%1\" (expected %2)").arg(value, engineNames());
            return Step::Error;
        }
        layout = *kind;
    } else if (name == QLatin1String("--frame")) {
        if (value == QLatin1String("shown")) {
            slide.frame = SlideOptions::Frame::Shown;
        } else if (value == QLatin1String("whole")) {
            slide.frame = SlideOptions::Frame::Whole;
        } else {
            *error = Text::tr("--frame \"%1\": expected shown or whole").arg(value);
            return Step::Error;
        }
    } else if (name == QLatin1String("--actor")) {
        actor = value;
    } else if (name == QLatin1String("--cascade")) {
        cascade = value;
    } else if (name == QLatin1String("--note-window")) {
        bool ok = false;
        const qlonglong minutes = value.toLongLong(&ok);
        if (value == QLatin1String("off")) {
            slide.noteWindow = -1;
        } else if (!ok || minutes < 0 || minutes > 366LL * 24 * 60) {
            *error = Text::tr("--note-window \"%1\": expected minutes (0 to 527040) or off").arg(value);
            return Step::Error;
        } else {
            slide.noteWindow = minutes * kMsPerMinute;
        }
    } else {
        bool ok = false;
        const qlonglong n = value.toLongLong(&ok);
        if (!ok || n < 0) {
            *error = Text::tr("%1 \"%2\": expected a follower count, e.g. 1000").arg(name, value);
            return Step::Error;
        }
        slide.pseudonymiseBelow = n;
    }
    return Step::Done;
}

QString cascadeCaption(const CaseDocument &document, TimeMs time)
{
    const std::shared_ptr<const CascadeTree> tree = document.cascades()->tree(document.selectedCascade());
    if (!tree || tree->empty())
        return {};
    const Case &c = document.caseData();
    const Event &root = c.events[static_cast<std::size_t>(tree->root())];
    const auto position = static_cast<EventId>(
        std::upper_bound(c.events.begin(), c.events.end(), time, [](TimeMs t, const Event &e) { return t < e.time; })
        - c.events.begin());
    const TreeMeasures m = tree->measures(tree->nodesBefore(position));
    const QString author = c.actors[static_cast<std::size_t>(root.author)].handle;
    const QString at = DisplayFormat::clock(root.time, document.displayZone(), false);
    // One sentence per kind (indexed by EventKind), so that a translation can agree with it.
    static constexpr const char *kHeads[kEventKindCount] = {
        QT_TRANSLATE_NOOP("SlideCommandLine", "Cascade of %1's post %2 at %3"),
        QT_TRANSLATE_NOOP("SlideCommandLine", "Cascade of %1's repost %2 at %3"),
        QT_TRANSLATE_NOOP("SlideCommandLine", "Cascade of %1's reply %2 at %3"),
        QT_TRANSLATE_NOOP("SlideCommandLine", "Cascade of %1's quote %2 at %3"),
        QT_TRANSLATE_NOOP("SlideCommandLine", "Cascade of %1's offline contact %2 at %3"),
    };
    const QString head = Text::tr(kHeads[static_cast<int>(root.kind)]).arg(author, root.key, at);
    if (m.size == 0)
        return Text::tr("%1: not posted yet").arg(head);
    if (m.size == 1)
        return Text::tr("%1: not relayed yet").arg(head);
    return Text::tr("%1: %2 nodes, depth %3, width %4, structural virality %5 (%6)")
        .arg(head, DisplayFormat::count(m.size), DisplayFormat::count(m.depth), DisplayFormat::count(m.width),
             DisplayFormat::fixed(m.structuralVirality, 2), DisplayFormat::cascadeShape(m.shape));
}

std::optional<SlideSession> openSlideSession(SlideCommandLine &options, QString *error, int *exitCode)
{
    ReadResult read = readCaseFile(options.file);
    if (!read.ok()) {
        *error = read.errorText();
        *exitCode = 1;
        return std::nullopt;
    }
    SlideSession session;
    session.document = std::make_unique<CaseDocument>();
    session.document->reset(std::move(*read.value), options.file);
    const Case &c = session.document->caseData();
    if (!options.actor.isEmpty()) {
        const ActorId a = c.findActor(options.actor);
        if (a == kNoActor) {
            *error = Text::tr("--actor \"%1\": no such actor in %2").arg(options.actor, options.file);
            *exitCode = 2;
            return std::nullopt;
        }
        session.document->setSelectedActor(a);
        options.slide.showActor = true;
    }
    if (!options.cascade.isEmpty()) {
        if (!options.actor.isEmpty()) {
            *error = Text::tr("--actor and --cascade cannot be used together");
            *exitCode = 2;
            return std::nullopt;
        }
        const EventId e = c.eventByKey(options.cascade);
        if (e == kNoEvent) {
            *error = Text::tr("--cascade \"%1\": no such event in %2").arg(options.cascade, options.file);
            *exitCode = 2;
            return std::nullopt;
        }
        CascadeCache *cache = session.document->cascades();
        cache->setSynchronousLimit(std::numeric_limits<qint64>::max()); // no event loop here
        cache->request();
        const std::shared_ptr<const CascadeReconstruction> r = cache->reconstruction();
        const std::int32_t k = r ? cascadeOfEvent(*r, e) : -1;
        if (k < 0) {
            *error = Text::tr("--cascade \"%1\": this event roots no cascade and relays none (a reply, an offline "
                              "contact nobody relayed, or a relay whose source is missing)")
                         .arg(options.cascade);
            *exitCode = 2;
            return std::nullopt;
        }
        const EventId root = r->cascades[static_cast<std::size_t>(k)].root;
        if (root != e) {
            *error = Text::tr("--cascade \"%1\": this event relays the cascade rooted at %2; give its root, %2")
                         .arg(options.cascade, c.events[static_cast<std::size_t>(root)].key);
            *exitCode = 2;
            return std::nullopt;
        }
        session.document->setSelectedCascade(root);
        options.slide.showCascade = true;
    }
    session.composer = std::make_unique<SlideComposer>(session.document.get());
    if (!c.actors.empty()) {
        const LayoutResult layout = LayoutController::layoutNow(*session.document, options.layout);
        if (!layout.ok()) {
            *error = Text::tr("%1: layout failed: %2").arg(options.file, layout.error);
            *exitCode = 1;
            return std::nullopt;
        }
        session.composer->setLayout(layout);
    }
    return session;
}

} // namespace cascade
