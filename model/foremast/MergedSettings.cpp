// SPDX-License-Identifier: Apache-2.0
#include "MergedSettings.h"

#include "DeepMerge.h"
#include "core/SecondThread.h"
#include "ForemastConfig.h"
#include "ForemastDefaults.h"
#include "json/JsonSourceMap.h"
#include "runway/Runway.h"

#include <QJsonArray>

#include <atomic>
#include <vector>

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

QStringList MergedSettings::deployedRegions(const QJsonObject &envFile)
{
    // Without a "regions" key the env gets the template default {"us-east-1": {}}, whatever
    // foremast.cfg lists (configs/outputs.py, write_variables).
    return regionsInFile(envFile, {DefaultRegion});
}

namespace {

/// One env's part of the merge.
struct EnvMerge
{
    QJsonObject env;
    QStringList regions;
    QStringList missingCopies; ///< deployed regions Foremast's merge cannot find
};

EnvMerge mergeEnv(const QJsonObject &user, const QJsonObject &defaults, const QStringList &cfgRegions)
{
    EnvMerge out;
    const QJsonValue userRegions = user.value(Regions);
    const QJsonObject userOverDefaults = deepMerge(user, defaults);
    QJsonObject env = userOverDefaults;
    env.insert(Regions, userRegions.isUndefined() ? defaults.value(Regions) : userRegions);
    const QStringList copied = MergedSettings::regionsInFile(user, cfgRegions);
    // ...but only the regions that end up in `regions` get the defaults (and are deployed);
    // the other copies stay as the file has them.
    out.regions = MergedSettings::deployedRegions(user);
    for (const QString &region : copied) {
        // Dict form: the region block over the env settings; list form: a copy of them.
        // A deployed region's copy is replaced below: it need not be merged here.
        if (!out.regions.contains(region))
            env.insert(region, userRegions.isObject()
                                   ? deepMerge(userRegions.toObject().value(region).toObject(), user)
                                   : user);
    }
    for (const QString &region : std::as_const(out.regions)) {
        if (copied.contains(region)) {
            // deepMerge(copy, defaults), where the copy is the region block over the user's
            // settings (or those settings): the env merged with the defaults once, then the
            // block's keys again.
            env.insert(region, userRegions.isObject()
                                   ? deepMergeOnto(userRegions.toObject().value(region).toObject(), user,
                                                   defaults, userOverDefaults)
                                   : userOverDefaults);
            continue;
        }
        if (!env.contains(region))
            out.missingCopies << region; // Foremast: KeyError
        env.insert(region, deepMerge(env.value(region).toObject(), defaults));
    }
    out.env = env;
    return out;
}

/// From this many envs on, Threads::Auto merges on two threads: an env takes about 0.1 ms
/// (callgrind, 40 × 12: 13 M instructions for 40 envs), starting a thread some 50 µs.
constexpr qsizetype MinEnvsForSecondThread = 4;

} // namespace

MergedSettings MergedSettings::merge(const Runway &runway, const ForemastConfig &config, const Naming &naming,
                                     Threads threads)
{
    MergedSettings merged;
    // Foremast's Generator starts at env "dev", region "us-east-1" and the merge never moves it,
    // so an iam_profile format with {env} names dev's profile in every env.
    const QJsonObject defaults = ForemastDefaults::envDefaults(naming.app(), naming.iamProfile());
    // apply_region_configs copies the file into every region of `regions`, or of foremast.cfg's
    // regions when there is none, before defaults are applied...
    const QStringList cfgRegions = config.regions().isEmpty() ? QStringList{DefaultRegion} : config.regions();
    std::vector<const QJsonObject *> users;
    users.reserve(size_t(runway.envs.size()));
    for (auto it = runway.envs.begin(); it != runway.envs.end(); ++it)
        users.push_back(&it->value);
    // Each env's merge reads only `defaults`, `cfgRegions` and its file (const, implicitly shared
    // Qt values: reading them from two threads is safe) and writes only its own element; both
    // threads take the next env not yet taken, and the results are joined in env order below.
    std::vector<EnvMerge> results(users.size());
    std::atomic<size_t> next{0};
    const auto work = [&]() {
        for (size_t i = next++; i < users.size(); i = next++)
            results[i] = mergeEnv(*users[i], defaults, cfgRegions);
    };
    const bool second = threads == Threads::On
        || (threads == Threads::Auto && runway.envs.size() >= MinEnvsForSecondThread);
    if (second) {
        SecondThread other(work);
        work();
        other.finish(); // the other thread's results are visible after this
    } else {
        work();
    }
    size_t i = 0;
    for (auto it = runway.envs.begin(); it != runway.envs.end(); ++it, ++i) {
        EnvMerge &result = results[i];
        for (const QString &region : std::as_const(result.missingCopies))
            merged.m_missingRegionCopies.insert(it.key(), region);
        merged.m_json.insert(it.key(), result.env);
        merged.m_regions.insert(it.key(), result.regions);
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

QStringList MergedSettings::keyOrder(const Runway &runway, const QString &env, const QString &region,
                                     const KeyPath &path)
{
    QStringList order = JsonPath::value(ForemastDefaults::envDefaults(QString(), QString()), path).toObject().keys();
    const RunwayFile *file = runway.envFile(env);
    if (!file)
        return order;
    const auto addFileKeys = [&](const KeyPath &at) {
        const QJsonObject current = JsonPath::value(file->value, at).toObject();
        if (current.isEmpty())
            return; // nothing to add; and the source map is built only when a key is there
        if (file->disk) {
            const JsonSourceMap &map = file->disk->sourceMap;
            const int node = map.find(at);
            if (node >= 0 && map.node(node).kind == JsonSourceMap::Node::Kind::Object) {
                for (const JsonSourceMap::Member &member : map.node(node).members) {
                    if (current.contains(member.key) && !order.contains(member.key))
                        order << member.key;
                }
            }
        }
        for (const QString &key : current.keys()) {
            if (!order.contains(key))
                order << key;
        }
    };
    addFileKeys(path);
    if (!region.isEmpty() && file->value.value(Regions).isObject())
        addFileKeys(KeyPath{Regions, region} + path);
    return order;
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
