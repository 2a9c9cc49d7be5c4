// SPDX-License-Identifier: Apache-2.0
#include "MergedSettings.h"

#include "DeepMerge.h"
#include "ForemastConfig.h"
#include "ForemastDefaults.h"
#include "runway/Runway.h"

#include <QJsonArray>

namespace Fd {

namespace {

const QString Regions = QStringLiteral("regions");
const QString DefaultRegion = QStringLiteral("us-east-1");

} // namespace

QStringList MergedSettings::regionsInFile(const QJsonObject &envFile, const QStringList &fallback)
{
    const QJsonValue regions = envFile.value(Regions);
    QStringList out;
    if (regions.isObject()) {
        // QJsonObject sorts keys; Foremast iterates the file's (insertion) order, which for a
        // region → pipeline mapping only affects the order pipelines are listed in.
        out = regions.toObject().keys();
    } else if (regions.isArray()) {
        for (const QJsonValue &region : regions.toArray())
            out << region.toString();
    } else {
        out = fallback;
    }
    return out;
}

MergedSettings MergedSettings::merge(const Runway &runway, const ForemastConfig &config, const Naming &naming)
{
    MergedSettings merged;
    const QJsonObject defaults = ForemastDefaults::envDefaults(naming.app(), naming.iamProfile());
    const QStringList fallbackRegions = config.regions().isEmpty() ? QStringList{DefaultRegion}
                                                                   : config.regions();
    for (auto it = runway.envs.begin(); it != runway.envs.end(); ++it) {
        const QJsonObject user = it->value;
        const QJsonValue userRegions = user.value(Regions);
        const QStringList regions = regionsInFile(user, fallbackRegions);

        QJsonObject env = deepMerge(user, defaults);
        env.insert(Regions, userRegions.isUndefined() ? defaults.value(Regions) : userRegions);
        for (const QString &region : regions) {
            // Dict form: the region block over the env settings; list form: a copy of them.
            const QJsonObject block = userRegions.isObject()
                ? deepMerge(userRegions.toObject().value(region).toObject(), user)
                : user;
            env.insert(region, deepMerge(block, defaults));
        }
        merged.m_json.insert(it.key(), env);
        merged.m_regions.insert(it.key(), regions);
    }
    merged.m_json.insert(QStringLiteral("pipeline"),
                         deepMerge(runway.pipelineValue(), ForemastDefaults::pipelineDefaults()));
    return merged;
}

QJsonObject MergedSettings::region(const QString &env, const QString &region) const
{
    return this->env(env).value(region).toObject();
}

Origin MergedSettings::originOf(const Runway &runway, const QString &env, const QString &region,
                                const KeyPath &path)
{
    if (const RunwayFile *file = runway.envFile(env)) {
        const QJsonValue regions = file->value.value(Regions);
        if (!region.isEmpty() && regions.isObject()
            && JsonPath::contains(regions.toObject().value(region), path))
            return Origin::RegionOverride;
        if (JsonPath::contains(file->value, path))
            return Origin::EnvFile;
    }
    if (JsonPath::contains(ForemastDefaults::envDefaults(QString(), QString()), path))
        return Origin::ForemastDefault;
    return Origin::Unset;
}

Origin MergedSettings::pipelineOriginOf(const Runway &runway, const KeyPath &path)
{
    if (JsonPath::contains(runway.pipelineValue(), path))
        return Origin::PipelineFile;
    if (JsonPath::contains(ForemastDefaults::pipelineDefaults(), path))
        return Origin::ForemastDefault;
    return Origin::Unset;
}

} // namespace Fd
