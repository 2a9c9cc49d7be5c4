// SPDX-License-Identifier: Apache-2.0
#include "RunwayWatcher.h"

#include "RunwayDocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Fd {

RunwayWatcher::RunwayWatcher(const RunwayDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    // Editors save by writing a new file and renaming it, which drops the old inode from the
    // watch list; a short debounce also folds the several events of one save into one check.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &RunwayWatcher::check);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(document, &RunwayDocument::saved, this, [this] {
        m_reported.clear();
        rewatch();
    });
    rewatch();
}

void RunwayWatcher::rewatch()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_watcher.addPath(m_document->folder());
    QStringList files;
    for (const RunwayFile *file : m_document->runway().files()) {
        if (QFileInfo::exists(file->path))
            files << file->path;
    }
    if (!files.isEmpty())
        m_watcher.addPaths(files);
}

QStringList RunwayWatcher::changedFiles() const
{
    QStringList changed;
    const Runway &runway = m_document->runway();
    for (const RunwayFile *file : runway.files()) {
        const bool known = file->disk && !file->create;
        QFile onDisk(file->path);
        if (!onDisk.exists()) {
            if (known)
                changed << file->path; // deleted by someone else
            continue;
        }
        if (!known) {
            if (file->create || file == &runway.pipeline)
                changed << file->path; // appeared under a name we meant to create
            continue;
        }
        if (!onDisk.open(QIODevice::ReadOnly) || onDisk.readAll() != file->disk->bytes)
            changed << file->path;
    }
    // New env files that the document does not know about.
    const QDir dir(m_document->folder());
    for (const QString &name : dir.entryList({QStringLiteral("application-master-*.json")}, QDir::Files)) {
        const QString path = dir.filePath(name);
        if (!runway.envFile(Runway::envOfFileName(name)) && !runway.removedFiles.contains(path))
            changed << path;
    }
    return changed;
}

void RunwayWatcher::check()
{
    rewatch();
    const QStringList changed = changedFiles();
    if (changed.isEmpty() || changed == m_reported)
        return;
    m_reported = changed;
    Q_EMIT externallyChanged(changed);
}

} // namespace Fd
