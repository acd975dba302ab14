// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classify/roster.h"

#include <QString>
#include <QUndoCommand>

#include <vector>

namespace cascade {

class CaseDocument;

// Classifies actors of the document (a roster applied, or roles set by hand): new roles,
// and display names and notes filled where they were empty. One undo step however many
// actors it touches.
class ClassifyActorsCommand : public QUndoCommand
{
public:
    ClassifyActorsCommand(CaseDocument *document, std::vector<ActorClassification> changes, const QString &text,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    const std::vector<ActorClassification> &changes() const { return m_changes; }

private:
    CaseDocument *m_document;
    std::vector<ActorClassification> m_changes;
};

} // namespace cascade
