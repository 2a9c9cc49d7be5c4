// SPDX-License-Identifier: Apache-2.0
#include "NewRunway.h"

#include "EnvNames.h"
#include "runway/IdentityResolver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Fd {

namespace {

Error writeError(const QString &path, const QString &reason)
{
    Error e;
    e.file = path;
    e.message = NewRunway::tr("The new runway could not be written: %1").arg(reason);
    return e;
}

bool writeJson(const QString &path, const QJsonObject &object, QString *reason)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) >= 0
        && file.commit())
        return true;
    *reason = file.errorString();
    return false;
}

} // namespace

QStringList NewRunway::commonRegions()
{
    return {QStringLiteral("us-east-1"), QStringLiteral("us-east-2"), QStringLiteral("us-west-1"),
            QStringLiteral("us-west-2"), QStringLiteral("eu-west-1"), QStringLiteral("eu-central-1"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("ap-southeast-2"), QStringLiteral("ap-northeast-1")};
}

QString NewRunway::runwayFolder() const
{
    return QDir(parentFolder).filePath(project + QLatin1Char('/') + repo + QStringLiteral("/runway"));
}

QString NewRunway::nameProblem(const QString &what, const QString &name)
{
    if (name.isEmpty())
        return tr("Enter the %1.").arg(what);
    for (const QChar c : name) {
        if (c.isSpace())
            return tr("The %1 “%2” contains a space.").arg(what, name);
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':'))
            return tr("The %1 “%2” contains “%3”, which cannot be in a folder name.").arg(what, name, QString(c));
    }
    return {};
}

QString NewRunway::problem() const
{
    if (parentFolder.isEmpty() || !QFileInfo(parentFolder).isDir())
        return tr("Choose an existing folder to create the runway in.");
    for (const QString &p : {nameProblem(tr("project"), project), nameProblem(tr("repository"), repo)}) {
        if (!p.isEmpty())
            return p;
    }
    if (envs.isEmpty())
        return tr("Add at least one environment.");
    QStringList seen;
    for (const QString &env : envs) {
        const QString p = EnvNames::problem(env, seen);
        if (!p.isEmpty())
            return p;
        seen << env;
    }
    if (regions.isEmpty())
        return tr("Choose at least one region.");
    if (QFileInfo::exists(QDir(runwayFolder()).filePath(QStringLiteral("pipeline.json"))))
        return tr("%1 already holds a runway; open it instead.").arg(QDir::toNativeSeparators(runwayFolder()));
    return {};
}

Result<QString> NewRunway::write() const
{
    const QString why = problem();
    if (!why.isEmpty()) {
        Error e;
        e.message = why;
        return e;
    }
    const QString folder = runwayFolder();
    if (!QDir().mkpath(folder))
        return writeError(folder, tr("the folder could not be created"));
    QString reason;
    const QJsonObject pipeline{{QStringLiteral("type"), type}, {QStringLiteral("env"), QJsonArray::fromStringList(envs)}};
    const QString pipelinePath = QDir(folder).filePath(QStringLiteral("pipeline.json"));
    if (!writeJson(pipelinePath, pipeline, &reason))
        return writeError(pipelinePath, reason);
    for (const QString &env : envs) {
        const QString path = QDir(folder).filePath(QStringLiteral("application-master-%1.json").arg(env));
        if (!writeJson(path, QJsonObject{{QStringLiteral("regions"), QJsonArray::fromStringList(regions)}}, &reason))
            return writeError(path, reason);
    }
    const QString settings = IdentityResolver::settingsFile(folder);
    const QJsonObject designer{{QStringLiteral("project"), project}, {QStringLiteral("repo"), repo},
                               {QStringLiteral("flow"), flow}};
    if (!writeJson(settings, designer, &reason))
        return writeError(settings, reason);
    return folder;
}

} // namespace Fd
