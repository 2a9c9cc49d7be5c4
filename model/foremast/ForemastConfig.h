// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "IniFile.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace Fd {

/// Foremast's own settings (foremast.cfg): which envs and regions exist, security-group defaults,
/// approval-skip rules, the Gate URL and the naming formats. Defaults are Foremast's.
class ForemastConfig
{
public:
    /// Where Foremast looks, in the order it reads them (later files override earlier ones):
    /// /etc/foremast/, ~/.foremast/, and .foremast/ of the repository holding the runway.
    static QStringList standardPaths(const QString &repositoryDir);

    /// Reads every file of `paths` that exists; a path in `required` must exist.
    static Result<ForemastConfig> load(const QStringList &paths, const QStringList &required = {});

    /// Raw value of `[section] key`, or `fallback` when unset.
    QString value(const QString &section, const QString &key, const QString &fallback = {}) const;
    bool contains(const QString &section, const QString &key) const;

    QStringList envs() const;    ///< `[base] envs`, empty when unset
    QStringList regions() const; ///< `[base] regions`, empty when unset
    QJsonValue defaultRunAsUser() const; ///< string, or null when unset
    /// `[base] default_ec2_securitygroups`: a comma list for every env, or a JSON dict per env.
    QStringList defaultEc2SecurityGroups(const QString &env) const;
    /// `[base] securitygroup_replacements`: {preferred: duplicate}.
    QJsonObject securityGroupReplacements() const;
    /// `[base] env_configs[env].enable_approval_skip`.
    bool isApprovalSkipEnabled(const QString &env) const;

    QString gateApiUrl() const { return value(QStringLiteral("base"), QStringLiteral("gate_api_url")); }
    QString gateClientCert() const { return value(QStringLiteral("base"), QStringLiteral("gate_client_cert")); }
    QString gateCaBundle() const { return value(QStringLiteral("base"), QStringLiteral("gate_ca_bundle")); }
    QString templatesPath() const { return value(QStringLiteral("base"), QStringLiteral("templates_path")); }

    /// A naming format from `[formats]` (e.g. "app" → "{repo}{project}"), Foremast's default otherwise.
    QString format(const QString &name) const;

    /// The files that were read, in order.
    const QStringList &files() const { return m_files; }

private:
    QJsonValue jsonValue(const QString &section, const QString &key) const;
    Result<bool> checkJsonValues() const;

    QMap<QString, QMap<QString, QString>> m_values;
    QMap<QString, QMap<QString, QPair<QString, int>>> m_origins; // file and line of each key
    QStringList m_files;
};

} // namespace Fd
