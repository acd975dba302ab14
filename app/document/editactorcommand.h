// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/actor.h"
#include "core/model/ids.h"

#include <QUndoCommand>

namespace cascade {

class CaseDocument;

// Changes the fields of one actor (handle, name, role, followers, platform, note, the
// synthetic flag), as an editor sets them. The value has been checked with
// actorProblem() before the command is made.
class EditActorCommand : public QUndoCommand
{
public:
    EditActorCommand(CaseDocument *document, ActorId actor, Actor before, Actor after, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    CaseDocument *m_document;
    ActorId m_actor;
    Actor m_before;
    Actor m_after;
};

} // namespace cascade
