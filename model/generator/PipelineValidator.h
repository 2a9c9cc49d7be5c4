// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Error.h"

#include <QJsonArray>
#include <QJsonObject>

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

/// validatePipeline() for each pipeline of a list (such as Gate's pipelineConfigs answer), plus
/// names that clash within one application (Spinnaker compares them ignoring case).
Errors validatePipelines(const QJsonArray &pipelines);

} // namespace Fd
