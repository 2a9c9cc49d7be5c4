// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QString>

namespace Fd {

/// Where "open" finds a runway: the folder itself, or its `runway/` subfolder when the user picked
/// the repository (or dropped a file from inside the runway).
QString runwayFolderFor(const QString &path);

/// Copies the bundled example runway into a writable folder (under the user's data location) so
/// it can be edited and saved, and returns the runway folder. An existing copy is reused.
Result<QString> exampleRunway();

/// Records `flow` as the runway's flow in its designer settings file, keeping the file's other keys.
Result<bool> recordFlowChoice(const QString &runwayFolder, const QString &flow);

} // namespace Fd
