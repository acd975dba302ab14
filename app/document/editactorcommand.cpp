// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/editactorcommand.h"

#include "app/document/casedocument.h"

namespace cascade {

EditActorCommand::EditActorCommand(CaseDocument *document, ActorId actor, Actor before, Actor after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_actor(actor), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QObject::tr("Edit %1").arg(m_after.handle));
}

void EditActorCommand::undo()
{
    m_document->applyActorEdit(m_actor, m_before);
}

void EditActorCommand::redo()
{
    m_document->applyActorEdit(m_actor, m_after);
}

} // namespace cascade
