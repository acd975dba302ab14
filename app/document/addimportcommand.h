// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QString>
#include <QUndoCommand>

namespace cascade {

class CaseDocument;

// Adds imported data to the open case as one undo step: redo puts the merged case
// (core/model/casemerge.h) in the document, undo the case as it was. The command holds
// whichever of the two the document does not.
class AddImportCommand : public QUndoCommand
{
public:
    AddImportCommand(CaseDocument *document, Case merged, const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void swap();

    CaseDocument *m_document;
    Case m_other;
};

} // namespace cascade
