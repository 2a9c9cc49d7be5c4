// SPDX-License-Identifier: Apache-2.0
#include "InfrastructureChecks.h"

#include "foremast/MergedSettings.h"
#include "json/JsonPath.h"
#include "runway/RunwayContext.h"
#include "templates/PipelineTypes.h"

#include <QCoreApplication>

namespace Fd::InfrastructureChecks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(InfrastructureChecks)
};

/// The warning for the type, or nothing when Eureka is what the type's infrastructure expects.
/// Whole sentences per type, so that translations can decline the noun.
QString skippedResourceMessage(const QString &type)
{
    if (type == QLatin1String("lambda"))
        return Tr::tr("Eureka is on, so Foremast's infrastructure step creates no Lambda function here (it checks "
                      "Eureka before the pipeline type): the deploy has nothing to deploy to.");
    if (type == QLatin1String("s3"))
        return Tr::tr("Eureka is on, so Foremast's infrastructure step creates no S3 bucket here (it checks "
                      "Eureka before the pipeline type): the deploy has nothing to deploy to.");
    if (type == QLatin1String("datapipeline"))
        return Tr::tr("Eureka is on, so Foremast's infrastructure step creates no data pipeline here (it checks "
                      "Eureka before the pipeline type): the deploy has nothing to deploy to.");
    if (type == QLatin1String("stepfunction"))
        return Tr::tr("Eureka is on, so Foremast's infrastructure step creates no state machine here (it checks "
                      "Eureka before the pipeline type): the deploy has nothing to deploy to.");
    return {};
}

} // namespace

Errors of(const RunwayContext &context, const MergedSettings &merged, const QString &onlyEnv)
{
    Errors found;
    const QString message = skippedResourceMessage(pipelineTypeOf(context.runway.pipelineValue()));
    if (message.isEmpty())
        return found;
    const KeyPath eureka{QStringLiteral("app"), QStringLiteral("eureka_enabled")};
    for (const QString &env : context.runway.envOrder()) {
        if (!onlyEnv.isEmpty() && env != onlyEnv)
            continue;
        const RunwayFile *file = context.runway.envFile(env);
        if (!file)
            continue;
        for (const QString &region : merged.regionsOf(env)) {
            if (!JsonPath::value(merged.region(env, region), eureka).toBool())
                continue;
            // Where the user turned it on: the env's app block, else the region's override block.
            KeyPath where = eureka;
            if (!JsonPath::contains(file->value, where))
                where = KeyPath{QStringLiteral("regions"), region} + eureka;
            Error e;
            e.severity = Error::Severity::Warning;
            e.env = env;
            e.region = region;
            e.file = file->path;
            e.line = file->lineOf(where);
            e.keyPath = JsonPath::toString(where);
            e.message = message;
            found << e;
            break; // one warning per env file
        }
    }
    return found;
}

} // namespace Fd::InfrastructureChecks
