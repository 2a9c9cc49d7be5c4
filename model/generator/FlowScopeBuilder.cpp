// SPDX-License-Identifier: Apache-2.0
#include "FlowScopeBuilder.h"

#include "runway/RunwayContext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Fd {

namespace {

/// What Foremast's JSON template makes of text pasted between quotes: the escapes Python's repr
/// writes for a list or object (`\n`, `\u2028`) are read back by json.loads. Text that is no
/// valid JSON string is left as is (ForemastLimits warns: Foremast fails there).
QString pastedText(const QString &text)
{
    if (!text.contains(QLatin1Char('\\')))
        return text;
    const QJsonArray decoded = QJsonDocument::fromJson("[\"" + text.toUtf8() + "\"]").array();
    return decoded.size() == 1 && decoded.at(0).isString() ? decoded.at(0).toString() : text;
}

const QString App = QStringLiteral("app");
const QString Asg = QStringLiteral("asg");

QJsonObject objectAt(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject();
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

/// A number, or the number a text such as "180" holds; 0 otherwise.
double numberOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toDouble() : value.toDouble();
}

} // namespace

FlowScopeBuilder::FlowScopeBuilder(const RunwayContext &context, const QJsonObject &pipelineSettings)
    : m_context(context), m_pipelineSettings(pipelineSettings)
{
    const Naming &naming = context.naming;
    m_base.set(FlowVar::App, naming.app());
    m_base.set(FlowVar::Project, naming.identity().project.toLower());
    m_base.set(FlowVar::Repo, naming.identity().repo.toLower());
    m_base.set(FlowVar::RawProject, naming.identity().project);
    m_base.set(FlowVar::RawRepo, naming.identity().repo);
    m_base.set(FlowVar::TriggerJob, naming.jenkinsJob());
    m_base.set(FlowVar::RunAsUser, context.config.defaultRunAsUser());
    m_base.set(FlowVar::Pipeline, pipelineSettings);
    m_base.set(FlowVar::Notifications, notifications(pipelineSettings));
    // Without an AMI lookup table Foremast uses the `base` alias as it is.
    m_base.set(FlowVar::BaseAmi, pipelineSettings.value(QStringLiteral("base")));
    m_replacements = context.config.securityGroupReplacements();
    m_builtinTags = QJsonObject{{QStringLiteral("app_group"), m_base.get(FlowVar::Project)},
                                {QStringLiteral("app_name"), m_base.get(FlowVar::App)},
                                {QStringLiteral("owner_email"),
                                 FlowText::toText(pipelineSettings.value(QStringLiteral("owner_email")))}};
}

QJsonObject FlowScopeBuilder::availabilityZones(const QString &region, const QStringList &zones) const
{
    // The same few zone lists come back for every env of a region: build each JSON object once.
    const QStringList key = QStringList{region} + zones;
    auto it = m_zoneObjects.constFind(key);
    if (it == m_zoneObjects.constEnd())
        it = m_zoneObjects.insert(key, QJsonObject{{region, toArray(zones)}});
    return it.value();
}

const FlowScopeBuilder::EnvConfig &FlowScopeBuilder::envConfig(const QString &env) const
{
    auto it = m_envConfigs.find(env);
    if (it == m_envConfigs.end()) {
        EnvConfig config;
        config.defaultSecurityGroups = m_context.config.defaultEc2SecurityGroups(env);
        std::sort(config.defaultSecurityGroups.begin(), config.defaultSecurityGroups.end());
        config.approvalSkipEnabled = m_context.config.isApprovalSkipEnabled(env);
        it = m_envConfigs.insert(env, config);
    }
    return it.value();
}

QJsonArray FlowScopeBuilder::instanceSecurityGroups(const QString &env, const QJsonObject &settings,
                                                    const QString &appGroup) const
{
    // Sorted defaults from foremast.cfg, the app's own group, then the env's extras as written
    // (json.dumps keeps a null or a number as such); of each {preferred: duplicate} pair present,
    // the duplicate goes.
    QJsonArray groups = toArray(envConfig(env).defaultSecurityGroups);
    groups.append(appGroup);
    for (const QJsonValue &extra : objectAt(settings, QStringLiteral("security_group")).value(QStringLiteral("instance_extras")).toArray())
        groups.append(extra);
    for (auto it = m_replacements.begin(); it != m_replacements.end(); ++it) {
        const QJsonValue duplicate = it.value();
        if (groups.contains(it.key()) && groups.contains(duplicate)) {
            for (qsizetype i = 0; i < groups.size(); ++i) {
                if (groups.at(i) == duplicate) {
                    groups.removeAt(i);
                    break;
                }
            }
        }
    }
    return groups;
}

FlowScope FlowScopeBuilder::pipelineScope(const QString &region, const std::vector<FlowTemplate> *settings) const
{
    FlowScope scope = m_base;
    scope.settings = settings;
    scope.set(FlowVar::Region, region);
    return scope;
}

FlowScope FlowScopeBuilder::envScope(const FlowScope &pipelineScope, const QString &env, const QJsonObject &settings,
                                     const QStringList &zones, const QString &previousEnv) const
{
    const EnvConfig &config = envConfig(env);
    const QString region = pipelineScope.get(FlowVar::Region).toString();
    const QJsonObject app = objectAt(settings, App);
    const QJsonObject asg = objectAt(settings, Asg);
    const bool eureka = FlowText::isTruthy(app.value(QStringLiteral("eureka_enabled")));

    FlowScope scope = pipelineScope;
    scope.set(FlowVar::Env, env);
    scope.set(FlowVar::PreviousEnv, previousEnv.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(previousEnv));
    scope.set(FlowVar::IsFirstInRegion, previousEnv.isEmpty());
    scope.set(FlowVar::IsProd, env.startsWith(QLatin1String("prod")));
    const bool skipEnabled = config.approvalSkipEnabled;
    scope.set(FlowVar::ApprovalSkipEnabled, skipEnabled);
    scope.set(FlowVar::ApprovalSkipped, skipEnabled && FlowText::isTruthy(app.value(QStringLiteral("approval_skip"))));
    scope.set(FlowVar::Settings, settings);
    scope.set(FlowVar::AvailabilityZones, availabilityZones(region, zones));

    // Foremast sets the block's env and region on its name generator first (create_pipeline.py).
    scope.set(FlowVar::SecurityGroups,
              instanceSecurityGroups(env, settings, m_context.naming.securityGroupApp(env, region)));
    scope.set(FlowVar::LoadBalancers, eureka ? QJsonArray() : QJsonArray{m_context.naming.elbApp(env, region)});

    const QString hcType = env == QLatin1String("dev") || eureka
        ? QStringLiteral("EC2")
        : FlowText::toText(asg.value(QStringLiteral("hc_type"))).toUpper();
    scope.set(FlowVar::HealthCheckType, hcType);
    const QJsonValue hcGrace = asg.value(QStringLiteral("hc_grace_period"));
    const QJsonValue appGrace = asg.value(QStringLiteral("app_grace_period"));
    // Foremast adds the two with Python's +: two texts ("180", "0") are joined into "1800".
    // (A text and a number make it fail; ForemastLimits warns about that.)
    scope.set(FlowVar::HealthCheckGracePeriod,
              hcGrace.isString() && appGrace.isString()
                  ? QJsonValue(hcGrace.toString() + appGrace.toString())
                  : QJsonValue(numberOf(hcGrace) + numberOf(appGrace)));
    // The order of the providers matters only when one is on: without eureka that is a truthy
    // entry, and Foremast's defaults have none, so most envs skip working out the key order.
    const QJsonObject declared = asg.value(QStringLiteral("provider_healthcheck")).toObject();
    const bool anyProvider = eureka || std::any_of(declared.begin(), declared.end(), FlowText::isTruthy);
    scope.set(FlowVar::HealthProviders,
              anyProvider ? healthProviders(settings, MergedSettings::keyOrder(m_context.runway, env, region,
                                                                               {Asg, QStringLiteral("provider_healthcheck")}))
                          : QJsonArray());
    const QJsonValue keyPair = asg.value(QStringLiteral("ssh_keypair"));
    scope.set(FlowVar::KeyPair, FlowText::isTruthy(keyPair) ? FlowText::toText(keyPair)
                                                            : QStringLiteral("%1_%2_default").arg(env, region));

    scope.set(FlowVar::Tags, tags(env, objectAt(app, QStringLiteral("custom_tags"))));
    return scope;
}

QJsonObject FlowScopeBuilder::tags(const QString &env, const QJsonObject &custom) const
{
    // Custom tags, and the built-in ones, which win over a custom tag of the same name: the
    // built-in object shared, with the custom tags added to a copy. An env's custom tags are
    // usually the same in every region: then so is the object (rendering finds it unchanged).
    // Custom tags Qt finds equal make the same texts (1 and 1.0 both print "1"), so the answer
    // does not depend on which region came before: regions are made in chains that start anywhere.
    CustomTags &last = m_customTags[env];
    if (last.filled && last.custom == custom)
        return last.tags;
    QJsonObject tags = m_builtinTags;
    for (auto it = custom.begin(); it != custom.end(); ++it) {
        if (!m_builtinTags.contains(it.key()))
            tags.insert(it.key(), pastedText(FlowText::toPythonStr(it.value())));
    }
    last = {true, custom, tags};
    return tags;
}

QJsonArray FlowScopeBuilder::notifications(const QJsonObject &pipelineSettings)
{
    const QJsonObject v1 = objectAt(pipelineSettings, QStringLiteral("notifications"));
    const QJsonValue email = v1.value(QStringLiteral("email"));
    const QJsonValue slack = v1.value(QStringLiteral("slack"));
    if (FlowText::isTruthy(email) || FlowText::isTruthy(slack)) {
        // Foremast emits both, even when one address is empty.
        auto entry = [](const QString &type, const QJsonValue &address) {
            return QJsonObject{{QStringLiteral("level"), QStringLiteral("pipeline")},
                               {QStringLiteral("when"), QJsonArray{QStringLiteral("pipeline.failed")}},
                               {QStringLiteral("type"), type},
                               {QStringLiteral("address"), FlowText::toPythonStr(address)}};
        };
        return {entry(QStringLiteral("slack"), slack), entry(QStringLiteral("email"), email)};
    }
    const QJsonValue v2 = pipelineSettings.value(QStringLiteral("pipeline_notifications"));
    return v2.isArray() ? v2.toArray() : QJsonArray();
}

QJsonArray FlowScopeBuilder::healthProviders(const QJsonObject &settings, const QStringList &keyOrder)
{
    const bool eureka = FlowText::isTruthy(objectAt(settings, App).value(QStringLiteral("eureka_enabled")));
    QList<QPair<QString, bool>> providers;
    const QJsonObject declared = objectAt(settings, Asg).value(QStringLiteral("provider_healthcheck")).toObject();
    QStringList keys;
    for (const QString &key : keyOrder) {
        if (declared.contains(key))
            keys << key;
    }
    for (const QString &key : declared.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    bool discoveryListed = false;
    for (const QString &key : qAsConst(keys)) {
        const bool isDiscovery = key.compare(QLatin1String("discovery"), Qt::CaseInsensitive) == 0;
        // With eureka the first "discovery" entry (any case) is switched on.
        const bool active = FlowText::isTruthy(declared.value(key)) || (eureka && isDiscovery && !discoveryListed);
        discoveryListed = discoveryListed || isDiscovery;
        providers.append({key, active});
    }
    if (eureka && !discoveryListed)
        providers.append({QStringLiteral("Discovery"), true});
    QJsonArray names;
    for (const auto &[name, active] : providers) {
        if (active)
            names.append(name.left(1).toUpper() + name.mid(1).toLower());
    }
    return names;
}

} // namespace Fd
