// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/classifyactorscommand.h"

#include "app/document/casedocument.h"

namespace cascade {

ClassifyActorsCommand::ClassifyActorsCommand(CaseDocument *document, std::vector<ActorClassification> changes,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_changes(std::move(changes))
{
}

void ClassifyActorsCommand::undo()
{
    m_document->applyActorClassification(m_changes, false);
}

void ClassifyActorsCommand::redo()
{
    m_document->applyActorClassification(m_changes, true);
}

} // namespace cascade
