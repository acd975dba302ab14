// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/savedlayout.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace cascade {

class CaseDocument;

// Stores a computed layout in the document (Case::layouts[engine]) so that reopening
// the case shows it at once; undo puts back what the document held for that engine.
class ApplyLayoutCommand : public QUndoCommand
{
public:
    ApplyLayoutCommand(CaseDocument *document, const QString &engine, std::optional<SavedLayout> before,
                       SavedLayout after, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(bool forward);

    CaseDocument *m_document;
    QString m_engine;
    std::optional<SavedLayout> m_before;
    SavedLayout m_after;
};

} // namespace cascade
