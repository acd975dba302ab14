// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/slideoptions.h"
#include "core/layout/layoutoptions.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace cascade {

class CaseDocument;
class SlideComposer;

// What `cascade export` and `cascade storyboard` share: the slide options they both
// take, and opening a case into a document and a composer (docs/cli.md).
struct SlideCommandLine {
    QString file;                 // the case file
    SlideOptions slide;           // size, scale, theme, pseudonyms
    LayoutEngineKind layout = LayoutEngineKind::Auto;
    QString actor;                // --actor HANDLE: shown with its measures and path
    QString cascade;              // --cascade EVENT: the cascade rooted there, highlighted

    enum class Step { NotMine, Done, Error };
    // Parses the shared option at args[i] (moving i past its value): --size, --scale, --frame,
    // --theme, --layout, --pseudonymise, --actor, --cascade. NotMine for any other argument; Error
    // with a message in `error` for a bad value.
    Step parseShared(const QStringList &args, qsizetype &i, QString *error);

    // The help lines of the shared options.
    static QString sharedUsage(int column);

    // Reads a whole command line: -h/--help, the shared options, the case file (the one
    // argument that is not an option) and the command's own options, which `own` is
    // given as name and value ("--name=value" or "--name value"): it returns nothing
    // when the option is not one of its own, an empty string when it took it, else what
    // is wrong with the value. Error: the message is in `error`.
    enum class Outcome { Parsed, Help, Error };
    using OwnOption = std::function<std::optional<QString>(const QString &name, const QString &value)>;
    Outcome parse(const QStringList &args, const OwnOption &own, QString *error);
};

// An open case ready for slides.
struct SlideSession {
    std::unique_ptr<CaseDocument> document;
    std::unique_ptr<SlideComposer> composer;
    SlideSession();
    SlideSession(SlideSession &&) noexcept;
    SlideSession &operator=(SlideSession &&) noexcept;
    ~SlideSession();
};

// Reads the case, selects --actor or --cascade, lays the case out (the layout saved in
// the case for the engine when there is one). Exit code 1 (unreadable case, failed
// layout) or 2 (unknown actor, an event that roots no cascade) with the messages in
// `error`, else a session.
std::optional<SlideSession> openSlideSession(SlideCommandLine &options, QString *error, int *exitCode);

// A caption for the document's selected cascade as of `time`: its root, its seed and its
// measures then ("Cascade of @AnnCurry's post e07 at 11:52: 37 nodes..."); empty when no
// cascade is selected or its tree is not there.
QString cascadeCaption(const CaseDocument &document, TimeMs time);

// Parses a value given as "--name=value" or "--name value"; returns false when missing.
bool takeOptionValue(const QStringList &args, qsizetype &i, QString &name, QString &value);

} // namespace cascade
