// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Fd {

/// QUndoCommand::id() values of the commands that merge with their predecessor.
enum class UndoId : int {
    SetValue = 1,
};

} // namespace Fd
