// SPDX-License-Identifier: Apache-2.0
#include "RunwayOpener.h"

#include "runway/IdentityResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Fd {

QString runwayFolderFor(const QString &path)
{
    QFileInfo info(path);
    if (info.isFile())
        info = QFileInfo(info.absolutePath());
    const QDir dir(info.absoluteFilePath());
    const bool looksLikeRunway = dir.exists(QStringLiteral("pipeline.json"))
        || !dir.entryList({QStringLiteral("application-master-*.json")}, QDir::Files).isEmpty();
    if (!looksLikeRunway && dir.exists(QStringLiteral("runway")))
        return dir.filePath(QStringLiteral("runway"));
    return dir.absolutePath();
}

Result<QString> exampleRunway()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString target = QDir(base).filePath(QStringLiteral("examples/forrest-core"));
    const QString runway = QDir(target).filePath(QStringLiteral("runway"));
    if (QFileInfo::exists(QDir(runway).filePath(QStringLiteral("pipeline.json"))))
        return runway;
    for (QDirIterator it(QStringLiteral(":/examples/forrest-core"), QDir::Files | QDir::Hidden,
                         QDirIterator::Subdirectories); it.hasNext();) {
        const QString source = it.next();
        const QString relative = source.mid(QStringLiteral(":/examples/forrest-core/").size());
        const QString destination = QDir(target).filePath(relative);
        QDir().mkpath(QFileInfo(destination).absolutePath());
        if (!QFile::copy(source, destination)) {
            Error e;
            e.file = destination;
            e.message = QCoreApplication::translate("RunwayOpener", "The example could not be copied here.");
            return e;
        }
        QFile::setPermissions(destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return runway;
}

Result<bool> recordFlowChoice(const QString &runwayFolder, const QString &flow)
{
    const QString path = IdentityResolver::settingsFile(runwayFolder);
    QJsonObject settings;
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly))
        settings = QJsonDocument::fromJson(existing.readAll()).object();
    existing.close();
    if (settings.value(QStringLiteral("flow")).toString() == flow)
        return true;
    settings.insert(QStringLiteral("flow"), flow);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(settings).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        Error e;
        e.file = path;
        e.message = QCoreApplication::translate("RunwayOpener", "The flow choice could not be recorded: %1").arg(file.errorString());
        return e;
    }
    return true;
}

} // namespace Fd
