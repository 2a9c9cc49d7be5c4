// SPDX-License-Identifier: Apache-2.0
#include "EnvFileFindings.h"

#include "RegionGenerator.h"
#include "foremast/MergedSettings.h"
#include "runway/RunwayContext.h"
#include "templates/PipelineTypes.h"

#include <QCoreApplication>

namespace Fd {

namespace {

/// These texts were the pipeline generator's: lupdate files them under "PipelineGenerator", as before.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PipelineGenerator)
};

} // namespace

QStringList generatedEnvs(const Runway &runway, const QString &onetimeEnv)
{
    return onetimeEnv.isEmpty() ? runway.envOrder() : QStringList{onetimeEnv};
}

Errors envFileFindings(const RunwayContext &context, const MergedSettings &merged, const QString &onetimeEnv)
{
    Errors found;
    // GCP types (cloudfunction) read the envs of [gcp] envs, the others those of [base] envs.
    const QString type = pipelineTypeOf(context.runway.pipelineValue());
    const PipelineTypes types = PipelineTypes::fromConfig(context.config);
    const std::optional<QStringList> configEnvs = types.readEnvs(context.config, type);
    const auto warnUnread = [&](const QString &env) {
        if (!configEnvs || configEnvs->contains(env) || !context.runway.envFile(env))
            return;
        Error e = generationFinding(Error::Severity::Warning, env, {},
                                    Tr::tr("Not in foremast.cfg's %1 (%2): Foremast would not read its file; "
                                           "Foremast cannot render this runway (we do).")
                                        .arg(types.readEnvsKey(type), configEnvs->join(QStringLiteral(", "))));
        e.file = context.runway.envFile(env)->path;
        found << e;
    };
    // Foremast's clean-up of stale pipelines reads every env of pipeline.json, also for a one-time pipeline.
    if (!onetimeEnv.isEmpty()) {
        for (const QString &env : context.runway.envOrder()) {
            if (env != onetimeEnv)
                warnUnread(env);
        }
    }
    for (const QString &env : generatedEnvs(context.runway, onetimeEnv)) {
        const RunwayFile *file = context.runway.envFile(env);
        if (!file) {
            found << generationFinding(Error::Severity::Error, env, {},
                                       Tr::tr("Not deployed anywhere: %1 is missing.").arg(Runway::envFileName(env)));
            continue;
        }
        warnUnread(env);
        if (merged.regionsOf(env).isEmpty()) {
            Error e;
            e.severity = Error::Severity::Warning;
            e.env = env;
            e.file = file->path;
            e.keyPath = QStringLiteral("regions");
            e.line = file->lineOf({e.keyPath});
            e.message = Tr::tr("Lists no regions: not deployed anywhere.");
            found << e;
        }
    }
    return found;
}

EnvRegions envRegions(const RunwayContext &context, const MergedSettings &merged, const QStringList &envs)
{
    EnvRegions out;
    for (const QString &env : envs) {
        if (!context.runway.envFile(env))
            continue;
        for (const QString &region : merged.regionsOf(env)) {
            if (!out.regions.contains(region))
                out.regions << region;
            out.envsOfRegion[region] << env;
        }
    }
    return out;
}

} // namespace Fd
