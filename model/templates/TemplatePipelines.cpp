// SPDX-License-Identifier: Apache-2.0
#include "TemplatePipelines.h"

#include "ManualPipelines.h"
#include "runway/RunwayContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Fd {

QString templateNameFor(const QString &env, const QString &type)
{
    QString name = QStringLiteral("pipeline/pipeline");
    name += env.startsWith(QLatin1String("prod")) ? QLatin1Char('_') + env : QStringLiteral("_stages");
    if (type != QLatin1String("ec2"))
        name += QLatin1Char('_') + type;
    return name + QStringLiteral(".json.j2");
}

bool overridesTemplatesOf(const RunwayContext &context, const GenerationOptions &options, const QString &type)
{
    Q_UNUSED(type)
    const QString folder = effectiveTemplatesPath(context, options);
    return !folder.isEmpty() && !QDir(folder + QStringLiteral("/pipeline")).entryList({QStringLiteral("*.j2")}, QDir::Files).isEmpty();
}

Result<Generation> generateTemplatePipelines(const RunwayContext &context, const Flow &flow,
                                             const GenerationOptions &options)
{
    Q_UNUSED(flow)
    Q_UNUSED(options)
    Error e;
    e.file = context.runway.pipeline.path;
    e.keyPath = QStringLiteral("type");
    e.message = QCoreApplication::translate("TemplatePipelines", "Pipelines from custom templates are not generated yet.");
    return e;
}

} // namespace Fd
