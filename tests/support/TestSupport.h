// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SharedData.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace Fd::Test {

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QJsonObject readJsonObject(const QString &path)
{
    return QJsonDocument::fromJson(readBytes(path)).object();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Copies every file of `from` (not recursive) into `to`.
inline void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files | QDir::Hidden))
        QFile::copy(source.filePath(name), QDir(to).filePath(name));
}

/// The golden case folders of `set` ("foremast-v5" or "documented-flow"), sorted.
inline QStringList goldenCases(const QString &set)
{
    const QDir dir(goldenPath(set));
    QStringList cases;
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        cases << dir.filePath(name);
    return cases;
}

/// Project and repo of a golden case, from rendered/summary.json (app = {repo}{project},
/// trigger_job = {project}_{repo}).
inline QPair<QString, QString> goldenIdentity(const QString &caseDir)
{
    const QJsonObject summary = readJsonObject(caseDir + QStringLiteral("/rendered/summary.json"));
    const QString job = summary.value(QStringLiteral("trigger_job")).toString();
    const QString app = summary.value(QStringLiteral("app")).toString();
    for (int i = job.indexOf(QLatin1Char('_')); i > 0; i = job.indexOf(QLatin1Char('_'), i + 1)) {
        const QString project = job.left(i);
        const QString repo = job.mid(i + 1);
        if (repo + project == app)
            return {project, repo};
    }
    return {};
}

} // namespace Fd::Test
