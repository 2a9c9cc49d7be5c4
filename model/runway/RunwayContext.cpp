// SPDX-License-Identifier: Apache-2.0
#include "RunwayContext.h"

#include "runway/IdentityResolver.h"
#include "runway/RunwayChecks.h"
#include "templates/PipelineTypes.h"

#include <QFileInfo>

namespace Fd {

bool RunwayContext::hasErrors() const
{
    for (const Error &e : findings) {
        if (!e.isWarning())
            return true;
    }
    return false;
}

Result<RunwayContext> openRunway(const RunwaySource &source)
{
    Result<Runway> runway = loadRunway(source.folder);
    if (!runway)
        return runway.error();

    QStringList configPaths = ForemastConfig::standardPaths(IdentityResolver::repositoryDir(source.folder));
    QStringList required;
    if (!source.configFile.isEmpty()) {
        const QString explicitPath = QFileInfo(source.configFile).absoluteFilePath();
        configPaths.removeAll(explicitPath);
        configPaths << explicitPath;
        required << explicitPath;
    }
    Result<ForemastConfig> config = ForemastConfig::load(configPaths, required);
    if (!config)
        return config.error();

    RunwayContext context;
    context.source = source;
    context.runway = std::move(runway).value();
    context.config = std::move(config).value();
    context.identity = IdentityResolver::resolve(source.folder, source.project, source.repo);
    context.naming = Naming(context.identity, context.config);
    context.findings = checkRunway(context.runway);
    // Foremast's manual pipelines never read pipeline.env's files (its merge skips a missing one).
    if (PipelineTypes::fromConfig(context.config).isManual(pipelineTypeOf(context.runway.pipelineValue()))) {
        for (Error &finding : context.findings) {
            if (isMissingEnvFile(finding, context.runway))
                finding.severity = Error::Severity::Warning;
        }
    }
    return context;
}

} // namespace Fd
