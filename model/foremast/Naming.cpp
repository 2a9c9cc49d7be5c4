// SPDX-License-Identifier: Apache-2.0
#include "Naming.h"

#include "ForemastConfig.h"

namespace Fd {

Naming::Naming(const Identity &identity, const ForemastConfig &config) : m_identity(identity)
{
    m_formats.app = config.format(QStringLiteral("app"));
    m_formats.jenkinsJob = config.format(QStringLiteral("jenkins_job_name"));
    m_formats.iamProfile = config.format(QStringLiteral("iam_profile"));
    m_formats.iamRole = config.format(QStringLiteral("iam_role"));
    m_formats.securityGroupApp = config.format(QStringLiteral("security_group_app"));
    m_formats.elbApp = config.format(QStringLiteral("elb_app"));
    m_formats.gitRepo = config.format(QStringLiteral("git_repo"));
    m_domain = config.value(QStringLiteral("base"), QStringLiteral("domain"), m_domain);
}

QString Naming::expand(const QString &format, const QString &env, const QString &region) const
{
    QString out = format;
    out.replace(QStringLiteral("{raw_project}"), m_identity.project);
    out.replace(QStringLiteral("{raw_repo}"), m_identity.repo);
    out.replace(QStringLiteral("{project}"), m_identity.project.toLower());
    out.replace(QStringLiteral("{repo}"), m_identity.repo.toLower());
    // foremast-utils' Generator holds env "dev" and region "us-east-1" until a pipeline block
    // sets them, so names formatted outside a block (app, trigger job, merged iam profile) get those.
    out.replace(QStringLiteral("{env}"), env.isEmpty() ? QStringLiteral("dev") : env);
    out.replace(QStringLiteral("{region}"), region.isEmpty() ? QStringLiteral("us-east-1") : region);
    out.replace(QStringLiteral("{domain}"), m_domain);
    return out;
}

} // namespace Fd
