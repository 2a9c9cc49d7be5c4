// SPDX-License-Identifier: Apache-2.0
#include "SpecialTypes.h"

#include "ManualPipelines.h"
#include "PipelineTypes.h"
#include "TemplatePipelines.h"
#include "runway/RunwayContext.h"

#include <QCoreApplication>

namespace Fd {

namespace {

Error typeError(const RunwayContext &context, const QString &message)
{
    Error e;
    e.file = context.runway.pipeline.path;
    e.line = context.runway.pipeline.lineOf({QStringLiteral("type")});
    e.keyPath = QStringLiteral("type");
    e.message = message;
    return e;
}

} // namespace

std::optional<Error> unpermittedType(const RunwayContext &context)
{
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    if (PipelineTypes::fromConfig(context.config).isAllowed(type))
        return std::nullopt;
    return typeError(context, QCoreApplication::translate("SpecialTypes", "Foremast does not permit the pipeline type \"%1\": "
                                                                          "foremast.cfg's [base] aws_types, gcp_types and the "
                                                                          "manual types do not list it.").arg(type));
}

std::optional<Result<Generation>> generateSpecialType(const RunwayContext &context, const Flow &flow,
                                                      const GenerationOptions &options)
{
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    const PipelineTypes types = PipelineTypes::fromConfig(context.config);
    if (std::optional<Error> refused = unpermittedType(context))
        return Result<Generation>(*refused);
    if (!options.onetimeEnv.isEmpty() && (types.isManual(type) || types.needsCustomTemplates(type))
        && effectiveTemplatesPath(context, options).isEmpty()) {
        return Result<Generation>(typeError(
            context, QCoreApplication::translate("SpecialTypes", "Foremast cannot make a one-time pipeline of type "
                                                                 "\"%1\": it looks for the template %2, which it does not "
                                                                 "ship.").arg(type, templateNameFor(options.onetimeEnv, type))));
    }
    if (types.isManual(type) && options.onetimeEnv.isEmpty())
        return generateManualPipelines(context, options);
    if (types.needsCustomTemplates(type) || (types.isManual(type) && !options.onetimeEnv.isEmpty())
        || (!effectiveTemplatesPath(context, options).isEmpty() && overridesTemplatesOf(context, options, type)))
        return generateTemplatePipelines(context, flow, options);
    return std::nullopt;
}

} // namespace Fd
