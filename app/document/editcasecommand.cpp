// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/editcasecommand.h"

#include "app/document/casedocument.h"

namespace cascade {

EditCaseCommand::EditCaseCommand(CaseDocument *document, Case edited, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_other(std::move(edited))
{
    const ActorId selected = document->selectedActor();
    if (selected != kNoActor)
        m_selectedBefore = document->caseData().actors[static_cast<std::size_t>(selected)].handle;
}

void EditCaseCommand::undo()
{
    swap();
    if (m_document->selectedActor() == kNoActor && !m_selectedBefore.isEmpty())
        m_document->setSelectedActor(m_document->caseData().actorByHandle(m_selectedBefore));
}

void EditCaseCommand::redo()
{
    swap();
}

void EditCaseCommand::swap()
{
    m_other = m_document->exchangeEditedCase(std::move(m_other));
}

} // namespace cascade
