// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "FlowTemplate.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace Fd {

struct RunwayContext;

/// Fills the variables a flow is rendered with: the names and pipeline-wide values once, then
/// per env and region the merged settings and the values Foremast derives from them (security
/// groups, load balancers, health checks, key pair, tags, availability zones).
class FlowScopeBuilder
{
public:
    FlowScopeBuilder(const RunwayContext &context, const QJsonObject &pipelineSettings);

    /// The pipeline-scope variables for `region`.
    FlowScope pipelineScope(const QString &region, const std::vector<FlowTemplate> *settings) const;

    /// `pipelineScope` extended with the env-scope variables of `env` in that region.
    /// `previousEnv` is the env before it in this region's pipeline (empty for the first).
    FlowScope envScope(const FlowScope &pipelineScope, const QString &env, const QJsonObject &settings,
                       const QStringList &zones, const QString &previousEnv) const;

    /// Foremast's instance security groups of `env`: foremast.cfg's defaults sorted, `appGroup`
    /// (ec2: the security_group_app name; lambda: the app name), the env's
    /// `security_group.instance_extras`, then remove_duplicate_sg().
    QJsonArray instanceSecurityGroups(const QString &env, const QJsonObject &settings, const QString &appGroup) const;

    /// Foremast's pipeline notifications: the v1 slack+email pair when either address is set,
    /// else the v2 `pipeline_notifications` list, else none.
    static QJsonArray notifications(const QJsonObject &pipelineSettings);
    /// Foremast's health providers: each truthy key of `asg.provider_healthcheck`, capitalised,
    /// plus "Discovery" when eureka is enabled; in `keyOrder` (Foremast's), other keys after it.
    static QJsonArray healthProviders(const QJsonObject &settings, const QStringList &keyOrder = {});

private:
    /// What foremast.cfg says about one env; read once per env, not per region.
    struct EnvConfig
    {
        QStringList defaultSecurityGroups; // sorted
        bool approvalSkipEnabled = false;
    };
    const EnvConfig &envConfig(const QString &env) const;
    QJsonObject availabilityZones(const QString &region, const QStringList &zones) const;
    QJsonObject tags(const QString &env, const QJsonObject &custom) const;

    const RunwayContext &m_context;
    QJsonObject m_pipelineSettings;
    FlowScope m_base;
    QJsonObject m_replacements;
    QJsonObject m_builtinTags; ///< app_group, app_name, owner_email
    mutable QHash<QString, EnvConfig> m_envConfigs;
    mutable QHash<QStringList, QJsonObject> m_zoneObjects; ///< [region, zones…] → {region: zones}
    struct CustomTags
    {
        bool filled = false;
        QJsonObject custom; ///< app.custom_tags
        QJsonObject tags;   ///< the tags made of them
    };
    mutable QHash<QString, CustomTags> m_customTags; ///< by env: the last region's
};

} // namespace Fd
