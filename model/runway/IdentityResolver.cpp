// SPDX-License-Identifier: Apache-2.0
#include "IdentityResolver.h"

#include "foremast/IniFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace Fd::IdentityResolver {

namespace {

/// This file's texts; lupdate files them under "IdentityResolver", the context tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IdentityResolver)
};

QString gitDirOf(const QString &runwayFolder)
{
    QDir dir(QFileInfo(runwayFolder).absoluteFilePath());
    do {
        if (QFileInfo::exists(dir.filePath(QStringLiteral(".git"))))
            return dir.filePath(QStringLiteral(".git"));
    } while (dir.cdUp());
    return {};
}

Identity fromSettingsFile(const QString &runwayFolder)
{
    QFile file(settingsFile(runwayFolder));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    return {object.value(QStringLiteral("project")).toString(), object.value(QStringLiteral("repo")).toString(),
            Tr::tr("designer settings file")};
}

Identity fromGitRemote(const QString &runwayFolder)
{
    QString gitDir = gitDirOf(runwayFolder);
    if (gitDir.isEmpty())
        return {};
    if (QFileInfo(gitDir).isFile()) {
        // A worktree or submodule: ".git" is a file pointing at the real git dir.
        QFile pointer(gitDir);
        if (pointer.open(QIODevice::ReadOnly)) {
            const QString line = QString::fromUtf8(pointer.readAll()).trimmed();
            if (line.startsWith(QLatin1String("gitdir:")))
                gitDir = QFileInfo(QFileInfo(gitDir).dir(), line.mid(7).trimmed()).absoluteFilePath();
        }
    }
    const Result<IniFile> config = IniFile::read(QDir(gitDir).filePath(QStringLiteral("config")));
    if (!config)
        return {};
    const QString url = config->sections.value(QStringLiteral("remote \"origin\"")).value(QStringLiteral("url"));
    Identity identity = parseRemoteUrl(url);
    identity.source = Tr::tr("git remote");
    return identity;
}

Identity fromFolders(const QString &runwayFolder)
{
    const QDir runway(QFileInfo(runwayFolder).absoluteFilePath());
    QDir repoDir = runway;
    if (!repoDir.cdUp())
        return {};
    QDir projectDir = repoDir;
    const QString repo = repoDir.dirName();
    const QString project = projectDir.cdUp() ? projectDir.dirName() : QString();
    return {project, repo, Tr::tr("folder names")};
}

} // namespace

QString settingsFile(const QString &runwayFolder)
{
    QDir dir(QFileInfo(runwayFolder).absoluteFilePath());
    dir.cdUp();
    return dir.filePath(QStringLiteral(".foremast-designer.json"));
}

QString repositoryDir(const QString &runwayFolder)
{
    const QString gitDir = gitDirOf(runwayFolder);
    if (!gitDir.isEmpty())
        return QFileInfo(gitDir).absolutePath();
    QDir dir(QFileInfo(runwayFolder).absoluteFilePath());
    dir.cdUp();
    return dir.absolutePath();
}

Identity parseRemoteUrl(const QString &url)
{
    QString path = url.trimmed();
    if (path.isEmpty())
        return {};
    if (path.contains(QLatin1String("://")))
        path = QUrl(path).path();
    else if (path.contains(QLatin1Char(':')))
        path = path.section(QLatin1Char(':'), 1); // scp-like git@host:group/repo.git
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    return {parts.at(parts.size() - 2), parts.last(), {}};
}

Identity resolve(const QString &runwayFolder, const QString &project, const QString &repo)
{
    Identity result{project, repo, Tr::tr("command line")};
    const std::function<Identity()> sources[] = {
        [&] { return fromSettingsFile(runwayFolder); },
        [&] { return fromGitRemote(runwayFolder); },
        [&] { return fromFolders(runwayFolder); },
    };
    for (const auto &source : sources) {
        if (result.isComplete())
            break;
        const Identity found = source();
        if (result.project.isEmpty() && !found.project.isEmpty()) {
            result.project = found.project;
            result.source = found.source;
        }
        if (result.repo.isEmpty() && !found.repo.isEmpty()) {
            result.repo = found.repo;
            result.source = found.source;
        }
    }
    return result;
}

} // namespace Fd::IdentityResolver
