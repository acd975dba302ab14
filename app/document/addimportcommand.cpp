// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/addimportcommand.h"

#include "app/document/casedocument.h"

namespace cascade {

AddImportCommand::AddImportCommand(CaseDocument *document, Case merged, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_other(std::move(merged))
{
}

void AddImportCommand::undo()
{
    swap();
}

void AddImportCommand::redo()
{
    swap();
}

void AddImportCommand::swap()
{
    m_other = m_document->exchangeCase(std::move(m_other));
}

} // namespace cascade
