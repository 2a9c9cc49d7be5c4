// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DocumentChange.h"
#include "runway/RunwayContext.h"

#include <QObject>

namespace Fd {

/// The editable runway: one object that the window, the editors and the undo commands share.
/// It changes only through the non-const methods below, which only undo commands call (views get
/// a const document). Each change emits `changed` once, or once per ChangeBatch; the document
/// keeps no undo history itself.
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
    /// Content or identity differ from what is on disk.
    bool isModified() const { return m_context.runway.isModified() || isIdentityModified(); }
    /// The project and repo the pipelines are named after (and where they came from).
    const Identity &identity() const { return m_context.identity; }
    bool isIdentityModified() const;

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
    /// Names the app after another project/repo; saved in the designer settings file.
    void setIdentity(const Identity &identity);

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

    /// Collects the changes made while it lives into one `changed` signal, sent when the outermost
    /// batch ends; an undo command's redo() and undo() each hold one.
    class ChangeBatch
    {
    public:
        explicit ChangeBatch(RunwayDocument *document);
        ~ChangeBatch();
        ChangeBatch(const ChangeBatch &) = delete;
        ChangeBatch &operator=(const ChangeBatch &) = delete;

    private:
        RunwayDocument *m_document;
    };

Q_SIGNALS:
    /// A content change: which file and key, or that the structure or everything changed.
    void changed(const Fd::DocumentChange &change);
    /// The modified state flipped (after an edit or a save).
    void modifiedChanged(bool modified);
    void saved(const QStringList &paths);

private:
    RunwayFile *file(const FileId &id);
    void emitChanged(const DocumentChange &change);
    void emitModified();

    Result<bool> saveIdentity();

    RunwayContext m_context;
    Identity m_savedIdentity;
    bool m_wasModified = false;
    int m_batchDepth = 0;
    bool m_hasPending = false;
    DocumentChange m_pending;
};

} // namespace Fd
