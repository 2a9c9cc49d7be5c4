// SPDX-License-Identifier: Apache-2.0
#include "PublishFromRunway.h"

#include "generator/PipelineGenerator.h"
#include "runway/RunwayContext.h"

namespace Fd {

PublishRequest publishRequest(const RunwayContext &context, const Generation &generation)
{
    PublishRequest request;
    request.application.name = context.naming.app();
    request.application.email = context.merged().pipeline().value(QStringLiteral("owner_email")).toString();
    request.application.project = context.identity.project;
    request.application.repo = context.identity.repo;
    request.findings = context.findings + generation.findings;
    for (const GeneratedPipeline &pipeline : generation.pipelines)
        request.pipelines << PipelineToPublish{pipeline.region, pipeline.name, pipeline.json};
    return request;
}

} // namespace Fd
