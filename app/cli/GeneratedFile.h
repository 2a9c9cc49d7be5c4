// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "generator/PipelineGenerator.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace Fd::Cli {

/// What writeGeneratedFile() did.
enum class WriteOutcome {
    Written,   ///< the file is new or its content changed
    Unchanged, ///< the file already held exactly these bytes; it was not touched
    Failed,
};

/// Writes a file the designer generates (pipelines, graphs): anything that can be made again from
/// the runway. Identical content is left alone, so timestamps and build tools see no change. A
/// change is written to a temporary file beside `path` and renamed over it, so a reader never sees
/// half a file; unlike QSaveFile there is no flush to disk (fsync), which costs tens of ms per
/// file on ext4 and buys nothing for a file the next run rewrites anyway. Runway files, which
/// cannot be made again, keep QSaveFile. On failure `*error` says why and `path` is untouched.
WriteOutcome writeGeneratedFile(const QString &path, const QByteArray &bytes, QString *error);

/// indentedJson() of each pipeline, in order; the later pipelines on a second thread when there is
/// enough to write for it to pay (each text depends on its own pipeline only).
std::vector<QByteArray> pipelineTexts(const QList<GeneratedPipeline> &pipelines);

} // namespace Fd::Cli
