// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "StageLayout.h"
#include "core/Result.h"
#include "json/JsonFile.h"

#include <QJsonObject>

namespace Fd {

/// The stages of any Spinnaker pipeline JSON object (one with a "stages" array), as the layout
/// needs them. Problems with the shape (no "stages" array, entries that are not objects, refIds
/// that are neither strings nor numbers) are appended to `findings`; the usable part is returned.
QList<LayoutStage> stagesFromPipeline(const QJsonObject &pipeline, Errors *findings = nullptr);

/// `preferred` (say, a validator's findings) followed by those of `others` (the layout's own) that
/// are not about the same thing: same stageRefId and the same key path or one inside it
/// (`stages[0].requisiteStageRefIds` covers `stages[0].requisiteStageRefIds[1]`).
Errors mergeFindings(const Errors &preferred, const Errors &others);

/// A pipeline JSON file opened read-only: one pipeline object, or a list of them (what Gate's
/// GET /applications/{app}/pipelineConfigs returns).
struct PipelineFile
{
    JsonFile file;
    QList<QJsonObject> pipelines;
    QList<int> arrayIndices;  ///< position of each pipeline in a top-level array; -1 for an object

    /// The pipeline's "name", or the file name when it has none.
    QString pipelineName(int index) const;
    /// Fills file and line of `findings` about pipelines[index] from their key paths.
    void locate(Errors &findings, int index) const;

    /// Reads `path`. Fails for unreadable or invalid JSON and for anything that is not a pipeline
    /// object or a list of pipeline objects.
    static Result<PipelineFile> read(const QString &path);
};

} // namespace Fd
