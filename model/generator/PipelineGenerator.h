// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SecondThread.h"
#include "Flow.h"
#include "SubnetSource.h"
#include "core/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Fd {

struct RunwayContext;

/// What to generate with, besides the runway.
struct GenerationOptions
{
    /// A built-in flow name ("foremast-v5", "documented") or the path of a flow file.
    /// FlowChoice::forRunway() gives the runway's own choice.
    QString flow = QStringLiteral("foremast-v5");
    /// Overrides of the flow's settings, {name: value} (e.g. {"qeJob": "qa-{{ env }}"}).
    QJsonObject flowSettings;
    /// Availability zones; offline (<region>a/b/c) unless told otherwise.
    SubnetSource subnets;
    /// The app's pipelines as Gate's /applications/{app}/pipelineConfigs returns them: a pipeline
    /// whose name is exactly the generated one lends its `id`, so publishing updates it.
    QJsonArray existingPipelines;
    /// Foremast's templates_path (`--templates-path`); empty: foremast.cfg's `[base] templates_path`.
    QString templatesPath;
    /// Generate the one-time pipeline of this env instead (`foremast-pipeline-onetime`).
    QString onetimeEnv;
    /// Gate's /v2/canaryConfig answer for manual templates' get_canary_id(); null offline.
    QJsonValue canaryConfigs = QJsonValue::Null;
    /// Whether regions are generated on a second thread: Auto when the runway is large enough to
    /// gain from it (docs/performance.md); On and Off force either way (tests compare the two).
    /// The pipelines and findings are the same either way, in the same order.
    using Threads = SecondThreadUse;
    Threads threads = Threads::Auto;
};

/// One region's pipeline: exactly the JSON that publishing sends to Gate (`POST /pipelines`).
struct GeneratedPipeline
{
    QString region;
    QString name;
    QJsonObject json;
    QStringList envs;                   ///< envs deployed by this pipeline, in order
    QHash<QString, QString> envOfStage; ///< refId → env; absent for the pipeline-wide stages
    /// Where `generate` writes it: pipeline-<region>.json, pipeline-<region>-onetime-<env>.json
    /// or pipeline-manual-<n>.json.
    QString fileName;
    /// Stale pipelines of the app are deleted before publishing this one (not for manual types).
    bool cleansStale = true;
};

struct Generation
{
    QString flowName;
    QList<GeneratedPipeline> pipelines; ///< one per region, in the order regions first appear
    /// What generation and validation found, each naming env, region and stage where it applies.
    /// Errors block publishing, warnings do not. The runway's load findings (RunwayContext::findings)
    /// are not repeated here.
    Errors findings;

    bool hasErrors() const;
};

/// Generates one pipeline per region from the runway with the flow `options.flow`.
/// Fails (no pipelines at all) when the flow cannot be loaded, a flow setting is unknown, or the
/// pipeline type is not one the flow generates (only "ec2" for now): never wrong output.
/// Fast enough to run on every edit (see docs/performance.md).
Result<Generation> generatePipelines(const RunwayContext &context, const GenerationOptions &options);
/// The same with an already loaded flow (`options.flow` is ignored).
Result<Generation> generatePipelines(const RunwayContext &context, const Flow &flow, const GenerationOptions &options);

} // namespace Fd
