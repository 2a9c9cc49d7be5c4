// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>

namespace Fd {

/// Checks one pipeline's JSON (generated, or exported from Spinnaker) the way Spinnaker would
/// accept and run it (docs/spinnaker-gate-reference.md §2.5):
///  * errors: empty or rejected pipeline names (`\ / ? % # ^`), no application, stages without
///    refId/type/name, duplicate refIds, requisites that are missing, self-references or cycles,
///    required fields of jenkins/bake/deploy/webhook/wait/pipeline stages, Jenkins triggers
///    without a job;
///  * warnings: numeric refIds, a deploy with no bake before it, a stage that repeats its parent
///    exactly (Foremast v5's double "Deploy prod"), notifications without an address (Foremast v5's
///    v1 pair), stage timeouts that are not a number.
/// Every finding fills `region` (when given), `stageRefId`, `stageName` and the key path.
Errors validatePipeline(const QJsonObject &pipeline, const QString &region = {});

/// What validatePipeline() found in the stages of the pipeline it checked last. The generator
/// hands out an env's unchanged stage as the very (implicitly shared) object of the region
/// before; such a stage is not read again. Not for two threads at once: one per thread.
class PipelineValidationMemo
{
public:
    PipelineValidationMemo();
    ~PipelineValidationMemo();
    PipelineValidationMemo(const PipelineValidationMemo &) = delete;
    PipelineValidationMemo &operator=(const PipelineValidationMemo &) = delete;

    struct Data;
    std::unique_ptr<Data> d;
};

/// validatePipeline() with `memo`: the same findings, the stages shared with the pipeline
/// checked before taken from the memo.
Errors validatePipeline(const QJsonObject &pipeline, const QString &region, PipelineValidationMemo &memo);

/// validatePipeline() for each pipeline of a list (such as Gate's pipelineConfigs answer), plus
/// names that clash within one application (Spinnaker compares them ignoring case).
Errors validatePipelines(const QJsonArray &pipelines);

} // namespace Fd
