// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "PublishTypes.h"

#include <QJsonArray>

namespace Fd {

// Pure functions deciding which stored pipeline a generated one replaces, which stored ones are
// obsolete, and what the diff shows. No network here, so every rule is tested directly.

/// Index in `stored` of the pipeline named `name`, compared trimmed and case-insensitively as
/// Front50's duplicate check does; -1 when none. Pipelines of other applications are skipped.
int findStoredPipeline(const QJsonArray &stored, const QString &application, const QString &name);

/// The region of a managed pipeline name "{app} [{region}]" (exactly that shape), else empty.
QString managedRegion(const QString &pipelineName, const QString &application);

/// Managed pipelines in `stored` whose region is not among `regions`. Hand-made pipelines (any
/// other name) are never listed.
QList<ObsoletePipeline> findObsoletePipelines(const QJsonArray &stored, const QString &application,
                                              const QStringList &regions);

/// `generated` ready to POST: application and trimmed name set; the stored copy's `id` and
/// `updateTs` adopted (for the stale check), or any id dropped when there is no stored copy.
QJsonObject pipelineToSend(const QJsonObject &generated, const QString &application, const QString &name,
                           const QJsonObject &stored);

/// `pipeline` without the fields Spinnaker manages itself (updateTs, lastModifiedBy, index, …).
QJsonObject comparablePipeline(const QJsonObject &pipeline);

/// Key-sorted, indented JSON of comparablePipeline(); empty for an empty object.
QString canonicalPipelineText(const QJsonObject &pipeline);

/// Plans one region from its generated pipeline and the stored copy (empty when none).
RegionPlan planRegion(const PipelineToPublish &generated, const QString &application, const QJsonObject &stored);

/// `updateTs` as text: Front50 writes it as a string, older stores as a number.
QString updateTsText(const QJsonValue &value);

} // namespace Fd
