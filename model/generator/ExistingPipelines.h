// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QString>

namespace Fd {

/// Reads a file holding the app's existing pipelines (Gate's pipelineConfigs answer, a JSON list),
/// which lend their ids to generated pipelines of the same name (GenerationOptions::existingPipelines).
/// The error names the file and says whether it could not be read, is not JSON or is not a list.
Result<QJsonArray> readExistingPipelines(const QString &path);

} // namespace Fd
