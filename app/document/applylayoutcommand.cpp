// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/applylayoutcommand.h"

#include "app/document/casedocument.h"

#include <QCoreApplication>

namespace cascade {

ApplyLayoutCommand::ApplyLayoutCommand(CaseDocument *document, const QString &engine, std::optional<SavedLayout> before,
                                       SavedLayout after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("ApplyLayoutCommand", "Lay out with %1").arg(engine), parent),
      m_document(document), m_engine(engine), m_before(std::move(before)), m_after(std::move(after))
{
}

void ApplyLayoutCommand::undo()
{
    apply(false);
}

void ApplyLayoutCommand::redo()
{
    apply(true);
}

void ApplyLayoutCommand::apply(bool forward)
{
    // An empty layout removes the entry.
    m_document->applyLayout(m_engine, forward ? m_after : m_before.value_or(SavedLayout{}));
}

} // namespace cascade
