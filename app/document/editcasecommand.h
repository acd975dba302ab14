// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QString>
#include <QUndoCommand>

namespace cascade {

class CaseDocument;

// An edit that renumbers the case (an actor added, deleted or merged, an event added,
// moved in time or deleted, the story changed): the command holds the other version of
// the whole case and swaps it with the document's on undo and redo, so undo gives back
// exactly what was there. It costs one copy of the case per step, which the undo
// stack's limit bounds (CaseDocument::reset()). Undo selects again the actor that was
// selected when the edit was made (a deleted actor comes back selected).
class EditCaseCommand : public QUndoCommand
{
public:
    // `edited`: the document's case with the edit made (checked before: a case that
    // breaks an invariant is refused by the caller, never pushed).
    EditCaseCommand(CaseDocument *document, Case edited, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void swap();

    CaseDocument *m_document;
    Case m_other;
    QString m_selectedBefore; // the handle selected when the edit was made
};

} // namespace cascade
