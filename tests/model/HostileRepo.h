// SPDX-License-Identifier: Apache-2.0
// A throw-away repository for the hostile-runway tests, and a snapshot of every byte under a
// folder to prove that nothing on disk changed.
#pragma once

#include "../support/TestSupport.h"

#include <QDirIterator>
#include <QMap>
#include <QTemporaryDir>

namespace Fd::Test {

/// Every file under `root` (links not followed) with its bytes, or its link target.
inline QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            files.insert(path, "link:" + info.symLinkTarget().toUtf8());
        else if (info.isFile())
            files.insert(path, readBytes(path));
        else
            files.insert(path, "entry");
    }
    return files;
}

/// A repository holding runway/ with pipeline.json (env dev) and application-master-dev.json.
struct Repo
{
    QTemporaryDir dir;
    QString root() const { return dir.path() + QStringLiteral("/repo"); }
    QString runway() const { return root() + QStringLiteral("/runway"); }
    QString file(const QString &name) const { return runway() + QLatin1Char('/') + name; }

    Repo()
    {
        QDir().mkpath(root() + QStringLiteral("/.git"));
        writeBytes(file(QStringLiteral("pipeline.json")), "{\n    \"env\": [\"dev\"]\n}\n");
        writeBytes(file(QStringLiteral("application-master-dev.json")),
                   "{\n    \"app\": {\"instance_type\": \"t2.micro\"}\n}\n");
        writeBytes(dir.path() + QStringLiteral("/outside-token"), "ghp_SECRETTOKENVALUE");
    }
};

} // namespace Fd::Test
