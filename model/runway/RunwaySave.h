// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QString>

namespace Fd {

/// How a save keeps the runway's files a consistent set (docs/robustness.md):
/// 1. every new file is written and synced beside its target as `.{name}.fd-save`;
/// 2. the journal (SaveJournalName) listing those renames and the deletions is written
///    atomically: this is the moment the save counts as done;
/// 3. each temporary file is renamed over its target (atomic per file), deletions follow;
/// 4. the journal is removed.
/// A kill before 2 leaves every file as it was (plus temporaries); a kill after 2 is finished
/// by the next open, so no one ever sees half of one save and half of the previous one.
inline const QString SaveJournalName = QStringLiteral(".foremast-designer-save.json");
inline const QString SaveTempSuffix = QStringLiteral(".fd-save");

/// Path of the temporary file a save writes for `target`.
QString saveTempPath(const QString &target);

/// Finishes (journal present) or undoes (temporaries only) a save of `folder` that was
/// interrupted, and says which in a warning naming the files. An error when it cannot.
/// Returns nothing when there was nothing to do.
Errors finishInterruptedSave(const QString &folder);

} // namespace Fd
