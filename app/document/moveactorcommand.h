// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/savedlayout.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace cascade {

class CaseDocument;

// Moves one actor in a saved layout of the document and pins it there (a user's
// placement survives a re-layout). Successive moves with the same nonzero merge key (one
// drag in the graph) merge into one undo step.
class MoveActorCommand : public QUndoCommand
{
public:
    // The document holds a full layout for `engine`: the actor goes from `before` to
    // `after` in it.
    MoveActorCommand(CaseDocument *document, const QString &engine, ActorId actor, const SavedLayout::Position &before,
                     const SavedLayout::Position &after, int mergeKey, const QString &text,
                     QUndoCommand *parent = nullptr);

    // The document holds no full layout for `engine` (it holds `before`, or nothing): the
    // command stores `whole` (the layout as drawn) with the actor at `after`, and undo
    // puts `before` back.
    static MoveActorCommand *storingLayout(CaseDocument *document, const QString &engine, ActorId actor,
                                           std::optional<SavedLayout> before, SavedLayout whole,
                                           const SavedLayout::Position &after, int mergeKey, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    ActorId actor() const { return m_actor; }
    const QString &engine() const { return m_engine; }
    const SavedLayout::Position &after() const { return m_after; }

private:
    void apply(bool forward);

    CaseDocument *m_document;
    QString m_engine;
    ActorId m_actor;
    SavedLayout::Position m_before;
    SavedLayout::Position m_after;
    int m_mergeKey;
    bool m_storesLayout = false;
    std::optional<SavedLayout> m_layoutBefore;
    SavedLayout m_layoutAfter;
};

} // namespace cascade
