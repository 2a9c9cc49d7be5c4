// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace Fd {

/// What File › New Runway… asks for; write() turns it into a runway Foremast accepts.
struct NewRunway
{
    Q_DECLARE_TR_FUNCTIONS(NewRunway)
public:
    QString parentFolder; ///< the runway goes to parentFolder/project/repo/runway
    QString project;
    QString repo;
    QString type = QStringLiteral("ec2");
    QString flow = QStringLiteral("documented");
    QStringList envs{QStringLiteral("dev"), QStringLiteral("stage"), QStringLiteral("prod")};
    QStringList regions{QStringLiteral("us-east-1")};

    /// The runway folder write() creates.
    QString runwayFolder() const;
    /// Why the spec cannot be written (empty when it can): names the field and the rule.
    QString problem() const;
    /// Writes pipeline.json, one application-master-{env}.json per env and the designer settings
    /// file (identity and flow); refuses to touch an existing runway. Returns the runway folder.
    Result<QString> write() const;

    /// The AWS regions the window offers first (New Runway, Add Region).
    static QStringList commonRegions();
    /// Why `name` cannot be a project or repo name (empty when it can).
    static QString nameProblem(const QString &what, const QString &name);
};

} // namespace Fd
