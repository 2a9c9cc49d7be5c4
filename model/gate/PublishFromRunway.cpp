// SPDX-License-Identifier: Apache-2.0
#include "PublishFromRunway.h"

#include "generator/PipelineGenerator.h"
#include "runway/RunwayContext.h"
#include "templates/StalePipelines.h"

#include <QFileInfo>

namespace Fd {

PublishRequest publishRequest(const RunwayContext &context, const Generation &generation)
{
    PublishRequest request;
    request.application.name = context.naming.app();
    request.application.email = context.merged().pipeline().value(QStringLiteral("owner_email")).toString();
    request.application.project = context.identity.project;
    request.application.repo = context.identity.repo;
    request.findings = context.findings + generation.findings;
    for (const GeneratedPipeline &pipeline : generation.pipelines) {
        // Manual pipelines have no region: their file name stands in where a region is shown.
        const QString label = pipeline.region.isEmpty() ? QFileInfo(pipeline.fileName).completeBaseName().mid(9)
                                                        : pipeline.region;
        request.pipelines << PipelineToPublish{label, pipeline.name, pipeline.json};
        request.cleanStale = request.cleanStale && pipeline.cleansStale;
    }
    request.keptRegions = StalePipelines::keptRegions(context.merged());
    return request;
}

} // namespace Fd
