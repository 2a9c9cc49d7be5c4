// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "json/JsonPath.h"
#include "runway/RunwayContext.h"

#include <QObject>

namespace Fd {

/// Names one file of a runway: an empty id is pipeline.json, any other id is an env name.
using FileId = QString;

/// The editable runway: one object that the window, the editors and the undo commands share.
/// It changes only through the methods below, each of which emits `changed`; it keeps no undo
/// history itself (commands in widgets/commands/ call these methods and their inverses).
class RunwayDocument : public QObject
{
    Q_OBJECT
public:
    explicit RunwayDocument(RunwayContext context, QObject *parent = nullptr);

    const RunwayContext &context() const { return m_context; }
    const Runway &runway() const { return m_context.runway; }
    QString folder() const { return m_context.runway.folder; }
    /// The app name, e.g. "coreforrest".
    QString appName() const { return m_context.naming.app(); }

    /// Current content of a file ({} for an env without a file).
    QJsonObject fileValue(const FileId &file) const;
    QJsonValue value(const FileId &file, const KeyPath &path) const;
    QString filePath(const FileId &file) const;
    bool isModified() const { return m_context.runway.isModified(); }

    /// Sets (or, with an undefined value, removes) the value at `path` of `file`.
    bool setValue(const FileId &file, const KeyPath &path, const QJsonValue &value);
    /// Replaces a whole file's content (used by structural undo).
    void setFileValue(const FileId &file, const QJsonObject &value);

    /// Adds an env file (content `value`) and inserts the env at `index` of the pipeline order.
    bool addEnv(const QString &env, int index, const QJsonObject &value);
    /// Removes the env from the pipeline order; with `deleteFile` its file goes on save too.
    bool removeEnv(const QString &env, bool deleteFile);
    /// Renames an env: its file is saved under the new name and the old one is deleted.
    bool renameEnv(const QString &from, const QString &to);
    /// Sets pipeline.json's env order.
    void setEnvOrder(const QStringList &order);

    /// A snapshot of everything editable, for structural undo (rename/remove of envs).
    struct Snapshot
    {
        Runway runway;
    };
    Snapshot snapshot() const { return {m_context.runway}; }
    void restore(const Snapshot &snapshot);

    /// Re-checks the files (RunwayChecks) for the current content.
    Errors findings() const;

    /// Saves modified files (with `only`, just those paths); see saveRunway().
    Result<QStringList> save(bool overwriteExternalChanges = false, const QStringList &only = {});
    /// Paths of the files that a save would write or delete.
    QStringList modifiedFiles() const;
    /// Replaces the content with what is on disk now.
    Result<bool> reload();

    /// Valid env names: what Foremast accepts in a file name and Spinnaker as an account.
    static bool isValidEnvName(const QString &env);

Q_SIGNALS:
    /// Any content change; `file` and `path` say where when a single value changed (empty path:
    /// structural change or several values).
    void changed(const QString &file, const QStringList &path);
    /// The modified state flipped (after an edit or a save).
    void modifiedChanged(bool modified);
    void saved(const QStringList &paths);

private:
    RunwayFile *file(const FileId &id);
    void emitChanged(const FileId &file, const KeyPath &path);

    RunwayContext m_context;
    bool m_wasModified = false;
};

} // namespace Fd
