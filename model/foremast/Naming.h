// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Fd {

class ForemastConfig;

/// The git project (group) and repository a runway belongs to, as Foremast is given them.
struct Identity
{
    QString project;
    QString repo;
    QString source; ///< where they came from, for the UI ("command line", "git remote", …)

    bool isComplete() const { return !project.isEmpty() && !repo.isEmpty(); }
};

/// Foremast's naming rules (foremast-utils' Generator): `{project}`/`{repo}` are lower-cased,
/// `{raw_project}`/`{raw_repo}` are not, formats come from foremast.cfg's [formats].
class Naming
{
public:
    Naming() = default;
    Naming(const Identity &identity, const ForemastConfig &config);

    QString app() const { return expand(m_formats.app); }                ///< e.g. coreforrest
    QString jenkinsJob() const { return expand(m_formats.jenkinsJob); }  ///< e.g. forrest_core
    QString iamProfile() const { return expand(m_formats.iamProfile); }
    QString iamRole() const { return expand(m_formats.iamRole); }
    QString securityGroupApp(const QString &env = {}, const QString &region = {}) const
    {
        return expand(m_formats.securityGroupApp, env, region);
    }
    QString elbApp(const QString &env = {}, const QString &region = {}) const
    {
        return expand(m_formats.elbApp, env, region);
    }
    QString gitRepo() const { return expand(m_formats.gitRepo); }
    const Identity &identity() const { return m_identity; }

    /// Fills a format's placeholders; an empty `env` / `region` is Foremast's starting dev / us-east-1.
    QString expand(const QString &format, const QString &env = {}, const QString &region = {}) const;

private:
    struct Formats
    {
        QString app = QStringLiteral("{repo}{project}");
        QString jenkinsJob = QStringLiteral("{project}_{repo}");
        QString iamProfile = QStringLiteral("{project}_{repo}_profile");
        QString iamRole = QStringLiteral("{project}_{repo}_role");
        QString securityGroupApp = QStringLiteral("{repo}{project}");
        QString elbApp = QStringLiteral("{repo}{project}");
        QString gitRepo = QStringLiteral("{raw_project}/{raw_repo}");
    };
    Identity m_identity;
    Formats m_formats;
    QString m_domain = QStringLiteral("example.com");
};

} // namespace Fd
