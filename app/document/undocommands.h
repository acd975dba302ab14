// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace cascade {

// The ids of undo commands that merge (QUndoCommand::id()), in one place so that two
// families never share one.
enum UndoCommandId {
    MoveActorCommandId = 1,
};

} // namespace cascade
