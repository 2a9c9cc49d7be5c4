// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Fd {

class RunwayDocument;

/// Notices when another program changes, adds or deletes runway files. Our own saves are not
/// reported: a file counts as changed only when its bytes differ from what the document last
/// read or wrote.
class RunwayWatcher : public QObject
{
    Q_OBJECT
public:
    explicit RunwayWatcher(const RunwayDocument *document, QObject *parent = nullptr);

    /// Files whose bytes on disk differ from the document's idea of them right now.
    QStringList changedFiles() const;

Q_SIGNALS:
    void externallyChanged(const QStringList &paths);

private:
    void rewatch();
    void check();

    const RunwayDocument *m_document;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QStringList m_reported;
};

} // namespace Fd
