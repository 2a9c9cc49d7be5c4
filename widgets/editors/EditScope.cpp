// SPDX-License-Identifier: Apache-2.0
#include "EditScope.h"

#include "EditSession.h"
#include "runway/Runway.h"

namespace Fd {

EditScope EditScope::forEnv(const QString &env, const QString &region)
{
    EditScope scope;
    scope.m_env = env;
    scope.m_region = env.isEmpty() ? QString() : region;
    return scope;
}

KeyPath EditScope::filePath(const KeyPath &path) const
{
    return isRegion() ? KeyPath{QStringLiteral("regions"), m_region} + path : path;
}

Origin EditScope::ownOrigin() const
{
    if (isPipeline())
        return Origin::PipelineFile;
    return isRegion() ? Origin::RegionOverride : Origin::EnvFile;
}

QJsonObject EditScope::effective(const MergedSettings &merged) const
{
    if (isPipeline())
        return merged.pipeline();
    return isRegion() ? merged.region(m_env, m_region) : merged.env(m_env);
}

namespace {

/// Foremast's merge of pipeline.json and at most one env file: the editors show one scope, and
/// the whole runway's merge costs about as much per env as this costs in total.
MergedSettings mergeScope(const RunwayDocument *document, const QString &env)
{
    const Runway &runway = document->runway();
    Runway reduced;
    reduced.folder = runway.folder;
    reduced.pipeline = runway.pipeline;
    if (const RunwayFile *file = runway.envFile(env))
        reduced.envs.insert(env, *file);
    const RunwayContext &context = document->context();
    return MergedSettings::merge(reduced, context.config, context.naming);
}

} // namespace

QJsonObject EditScope::effective(const RunwayDocument *document) const
{
    return effective(mergeScope(document, m_env));
}

QJsonObject EditScope::envEffective(const RunwayDocument *document) const
{
    return mergeScope(document, m_env).env(m_env);
}

Origin EditScope::originOf(const RunwayDocument *document, const KeyPath &path) const
{
    if (isPipeline())
        return MergedSettings::pipelineOriginOf(document->runway(), path);
    return MergedSettings::originOf(document->runway(), m_env, m_region, path);
}

bool EditScope::isEditable(const RunwayDocument *document) const
{
    return isPipeline() || document->runway().envFile(m_env) != nullptr;
}

void EditScope::apply(EditSession *session, const KeyPath &path, const QJsonValue &value, bool typing) const
{
    if (isRegion()) {
        session->setRegionValue(m_env, m_region, path, value, typing);
    } else if (value.isUndefined()) {
        session->resetValue(file(), path);
    } else {
        session->setValue(file(), path, value, typing);
    }
}

QString EditScope::originLabel(Origin origin) const
{
    switch (origin) {
    case Origin::Unset:
        return tr("not set");
    case Origin::ForemastDefault:
        return tr("default");
    case Origin::PipelineFile:
        return tr("set");
    case Origin::EnvFile:
        return isRegion() ? tr("from env") : tr("set in env");
    case Origin::RegionOverride:
        return tr("region override");
    }
    return {};
}

QString EditScope::originToolTip(Origin origin) const
{
    switch (origin) {
    case Origin::Unset:
        return tr("Not set anywhere; Foremast applies its built-in behaviour.");
    case Origin::ForemastDefault:
        return isPipeline() ? tr("Foremast's default; pipeline.json does not set it.")
                            : tr("Foremast's default; application-master-%1.json does not set it.").arg(m_env);
    case Origin::PipelineFile:
        return tr("Set in pipeline.json. Inherit removes it so Foremast's default applies.");
    case Origin::EnvFile:
        return isRegion()
            ? tr("Inherited from the %1 environment (application-master-%1.json); "
                 "changing it here overrides it for %2 only.").arg(m_env, m_region)
            : tr("Set in application-master-%1.json. Inherit removes it so Foremast's default applies.")
                  .arg(m_env);
    case Origin::RegionOverride:
        return tr("Overridden for region %2 in application-master-%1.json. "
                  "Inherit removes the override so the environment's value applies.").arg(m_env, m_region);
    }
    return {};
}

QString EditScope::displayName() const
{
    if (isPipeline())
        return QStringLiteral("pipeline.json");
    return isRegion() ? tr("%1 › %2").arg(m_env, m_region) : m_env;
}

} // namespace Fd
