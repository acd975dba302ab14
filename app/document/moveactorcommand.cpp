// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/moveactorcommand.h"

#include "app/document/casedocument.h"
#include "app/document/undocommands.h"

namespace cascade {

MoveActorCommand::MoveActorCommand(CaseDocument *document, const QString &engine, ActorId actor,
                                   const SavedLayout::Position &before, const SavedLayout::Position &after,
                                   int mergeKey, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_engine(engine), m_actor(actor), m_before(before),
      m_after(after), m_mergeKey(mergeKey)
{
}

MoveActorCommand *MoveActorCommand::storingLayout(CaseDocument *document, const QString &engine, ActorId actor,
                                                  std::optional<SavedLayout> before, SavedLayout whole,
                                                  const SavedLayout::Position &after, int mergeKey, const QString &text)
{
    SavedLayout::Position previous;
    if (static_cast<std::size_t>(actor) < whole.positions.size())
        previous = whole.positions[static_cast<std::size_t>(actor)];
    auto *command = new MoveActorCommand(document, engine, actor, previous, after, mergeKey, text);
    command->m_storesLayout = true;
    command->m_layoutBefore = std::move(before);
    command->m_layoutAfter = std::move(whole);
    return command;
}

void MoveActorCommand::undo()
{
    apply(false);
}

void MoveActorCommand::redo()
{
    apply(true);
}

void MoveActorCommand::apply(bool forward)
{
    if (!m_storesLayout) {
        m_document->applyActorPosition(m_engine, m_actor, forward ? m_after : m_before);
        return;
    }
    if (forward) {
        SavedLayout layout = m_layoutAfter;
        if (static_cast<std::size_t>(m_actor) < layout.positions.size())
            layout.positions[static_cast<std::size_t>(m_actor)] = SavedLayout::rounded(m_after);
        m_document->applyLayout(m_engine, layout);
    } else {
        // An empty layout removes the entry: the document is as it was.
        m_document->applyLayout(m_engine, m_layoutBefore.value_or(SavedLayout{}));
    }
}

int MoveActorCommand::id() const
{
    return MoveActorCommandId;
}

bool MoveActorCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveActorCommand *>(other);
    if (m_mergeKey == 0 || next->m_mergeKey != m_mergeKey || next->m_actor != m_actor || next->m_engine != m_engine
        || next->m_storesLayout)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace cascade
