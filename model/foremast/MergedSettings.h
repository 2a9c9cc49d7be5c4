// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/SecondThread.h"
#include "Naming.h"
#include "json/JsonPath.h"

#include <QJsonObject>
#include <QStringList>

namespace Fd {

class ForemastConfig;
struct Runway;

/// Where an effective value comes from; the editor shows it beside each field.
enum class Origin {
    Unset,           ///< no layer has the key
    ForemastDefault, ///< Foremast's configs.json.j2 / pipeline.json.j2
    PipelineFile,    ///< pipeline.json
    EnvFile,         ///< application-master-{env}.json
    RegionOverride,  ///< that file's regions.{region} block
};

/// Foremast's merged settings (what it writes to raw.properties.json and what pipeline
/// generation reads): `pipeline`, each env, and inside each env one block per region.
class MergedSettings
{
public:
    /// Whether merge() may give envs to a second thread: `Auto` does from a few envs on.
    using Threads = SecondThreadUse;
    /// Each env is merged by itself; with a second thread the envs are shared between the two
    /// (the result is the same, put together in env order).
    static MergedSettings merge(const Runway &runway, const ForemastConfig &config, const Naming &naming,
                                Threads threads = Threads::Off);

    const QJsonObject &json() const { return m_json; }
    QJsonObject pipeline() const { return m_json.value(QStringLiteral("pipeline")).toObject(); }
    QJsonObject env(const QString &env) const { return m_json.value(env).toObject(); }
    /// The settings of `env` in `region` (region overrides applied).
    QJsonObject region(const QString &env, const QString &region) const;
    /// An env's regions in file order (dict keys or list items).
    QStringList regionsOf(const QString &env) const { return m_regions.value(env); }

    /// The layer that supplies `path` for `env` in `region` (region may be empty for env level).
    static Origin originOf(const Runway &runway, const QString &env, const QString &region,
                           const KeyPath &path);
    static Origin pipelineOriginOf(const Runway &runway, const KeyPath &path);

    /// The keys of the object at `path` in env's merged settings for `region`, in the order
    /// Foremast's merge lists them (it matters where Foremast turns an object into a list, such as
    /// asg.provider_healthcheck): the default's keys, then the env file's, then the region block's,
    /// each in file order. Keys not on disk yet (edited) come last, sorted.
    static QStringList keyOrder(const Runway &runway, const QString &env, const QString &region,
                                const KeyPath &path);

    /// The regions an env file lists, in file order; `fallback` when it lists none.
    static QStringList regionsInFile(const QJsonObject &envFile, const QStringList &fallback);
    /// The regions an env is deployed to: those of its file, or us-east-1 when it lists none.
    static QStringList deployedRegions(const QJsonObject &envFile);

    /// Env → region that Foremast's merge cannot find (an env file without `regions` while
    /// foremast.cfg's regions lack us-east-1: Foremast fails with a KeyError). We merge it anyway.
    const QMultiMap<QString, QString> &missingRegionCopies() const { return m_missingRegionCopies; }

private:
    QJsonObject m_json;
    QMap<QString, QStringList> m_regions;
    QMultiMap<QString, QString> m_missingRegionCopies;
};

} // namespace Fd
