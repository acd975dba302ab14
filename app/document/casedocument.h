// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascades.h"
#include "core/analysis/caseanalysis.h"
#include "core/classify/roster.h"
#include "core/model/case.h"
#include "core/timeline/snapshot.h"
#include "core/timeline/timeindex.h"

#include <QObject>
#include <QString>
#include <QTimeZone>

#include <memory>

class QUndoStack;

namespace cascade {

class CascadeCache;

// The open case and everything the window shares about it: the file, the undo
// history, the cursor (a time), the selection. Views observe its signals; they never
// own case data. Edits go through undo commands (one family per file in
// app/document/), which call the apply*() functions.
class CaseDocument : public QObject
{
    Q_OBJECT
public:
    explicit CaseDocument(QObject *parent = nullptr);
    ~CaseDocument() override;

    const Case &caseData() const { return m_case; }
    // Shared, immutable analysis state of the case (TimeIndex, reach from the origin):
    // rebuilt by reset() and after edits that change events.
    const CaseAnalysis &analysis() const { return *m_analysis; }
    const TimeIndex &timeIndex() const { return m_analysis->index(); }
    const Snapshot &snapshot() const { return *m_snapshot; }
    QUndoStack *undoStack() const { return m_undoStack; }

    QString filePath() const { return m_filePath; }
    // The file name, or the case title for a bundled case; used in the title bar.
    QString displayName() const;
    bool isModified() const;
    // The case's display zone (labels only; UTC when the zone is unknown).
    QTimeZone displayZone() const { return m_zone; }

    // Replaces the case: rebuilds the time index, clears undo history and selection,
    // puts the cursor at the end of the case. `path` may be empty (bundled or new case).
    void reset(Case c, const QString &path);
    // reset() with no file and the case marked as unsaved (an import): Save asks for a
    // name, and closing or opening another case asks first.
    void resetUnsaved(Case c);
    // reset() with a case recovered after a crash: it takes `path` (the file it was
    // opened from, or none) and is marked as unsaved, as it was when autosaved.
    void resetRecovered(Case c, const QString &path);
    // Saves atomically; on success the document becomes clean and takes `path`.
    bool saveTo(const QString &path, QString *error);

    TimeMs cursor() const { return m_snapshot->time(); }
    void setCursor(TimeMs t);

    ActorId selectedActor() const { return m_selectedActor; }
    EventId selectedEvent() const { return m_selectedEvent; }
    // The selected cascade, by its root event (kNoEvent: none). Selecting a cascade
    // clears the selected actor and event, and selecting either clears the cascade; all
    // three emit selectionChanged(). Its tree: cascades()->tree(selectedCascade()).
    EventId selectedCascade() const { return m_selectedCascade; }
    void setSelectedCascade(EventId root);
    // The cascades of the case under creditRule(), shared by the views.
    CascadeCache *cascades() const { return m_cascades; }
    // Selects an actor (kNoActor clears) and forgets the selected event.
    void setSelectedActor(ActorId actor);
    // Selects an event and its author, and moves the cursor to the event's time.
    void setSelectedEvent(EventId event);

    // The actor whose counterfactual removal is being shown (kNoActor: none). Views
    // compute what is lost with core/analysis and grey it out.
    ActorId whatIfActor() const { return m_whatIfActor; }
    void setWhatIfActor(ActorId actor);

    // The cascade credit rule the views show (most recent exposure by default): the
    // inspector, the actors table and the import dialog read and switch it here. A view
    // setting, not case data: no undo, and it survives opening another case.
    CreditRule creditRule() const { return m_creditRule; }
    void setCreditRule(CreditRule rule);

    // ---- edits, called by undo commands only
    // Places an actor in a saved layout (creating the layout entry if needed).
    void applyActorPosition(const QString &engine, ActorId actor, const SavedLayout::Position &position);
    // Replaces a whole saved layout (after a layout run), or removes it when empty.
    void applyLayout(const QString &engine, const SavedLayout &layout);
    // Replaces the whole case (data added by an import) and returns the one it held: the
    // views rebuild as on reset(), the file and the undo history stay.
    Case exchangeCase(Case c);
    // Applies (forward) or reverts a classification of actors (new roles, filled names
    // and notes): the analysis is rebuilt and the views with it, as on reset(), while the
    // cursor, the selection and the what-if actor stay.
    void applyActorClassification(const std::vector<ActorClassification> &changes, bool forward);
    // Sets the fields of one actor (an editor's change): the analysis and the views
    // rebuild as on a classification, the view kept.
    void applyActorEdit(ActorId actor, const Actor &value);
    // Replaces the case with an edited copy of it (actors added, deleted or merged,
    // events, story) and returns the one it held. The analysis and the views rebuild;
    // the cursor stays, and so do the selected actor and event and the what-if actor
    // when the edited case still has them (found again by handle and event id).
    Case exchangeEditedCase(Case c);

signals:
    // Emitted before reset() replaces the case, and when the document is destroyed: work
    // running in the background on the case or its analysis must stop (and wait) here.
    void aboutToReset();
    void caseReset();
    void cursorChanged(cascade::TimeMs cursor);
    void selectionChanged();
    void whatIfChanged(cascade::ActorId actor);
    void creditRuleChanged(cascade::CreditRule rule);
    void layoutEdited(const QString &engine);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    // Takes `c` and rebuilds the analysis; clears selection, cursor at the end.
    void install(Case c);
    // Rebuilds the analysis and the snapshot of m_case, the cursor at `cursor`.
    void rebuildAnalysis(TimeMs cursor);
    // Runs `change` on m_case between aboutToReset() and caseReset(), then puts the
    // cursor, the selection and the what-if actor back: by id when `sameIds` (the change
    // renumbers nothing), else as exchangeEditedCase() says.
    template<typename Change>
    void editKeepingView(bool sameIds, Change &&change);

    Case m_case;
    std::unique_ptr<CaseAnalysis> m_analysis;
    std::unique_ptr<Snapshot> m_snapshot;
    QUndoStack *m_undoStack;
    QString m_filePath;
    QTimeZone m_zone;
    ActorId m_selectedActor = kNoActor;
    EventId m_selectedEvent = kNoEvent;
    ActorId m_whatIfActor = kNoActor;
    EventId m_selectedCascade = kNoEvent;
    CascadeCache *m_cascades;
    CreditRule m_creditRule = CreditRule::MostRecent;
};

} // namespace cascade
