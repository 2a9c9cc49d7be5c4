// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SetValueCommand.h"
#include "document/RunwayDocument.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace Fd {

/// A document being edited: the RunwayDocument plus its undo stack. Every user edit goes
/// through these methods, which push a named command; views never change the document directly.
class EditSession : public QObject
{
    Q_OBJECT
public:
    explicit EditSession(RunwayContext context, QObject *parent = nullptr);
    ~EditSession() override;

    /// Read-only: views read the document; only the commands pushed here change it.
    const RunwayDocument *document() const { return m_document.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Sets a value of a file (empty `file`: pipeline.json). `typing` merges consecutive edits of
    /// the same key into one undo step.
    void setValue(const FileId &file, const KeyPath &path, const QJsonValue &value, bool typing = false);
    /// Removes the key so the value is inherited again (from the env, or Foremast's default).
    void resetValue(const FileId &file, const KeyPath &path);
    /// Sets a value inside `env`'s override block for `region`, turning a plain region list into
    /// override blocks first when needed.
    void setRegionValue(const QString &env, const QString &region, const KeyPath &path,
                        const QJsonValue &value, bool typing = false);

    /// Adds an env at `index`, empty or as a copy of `cloneFrom`'s settings.
    bool addEnv(const QString &env, int index, const QString &cloneFrom = {});
    bool removeEnv(const QString &env, bool deleteFile);
    bool renameEnv(const QString &from, const QString &to);
    /// Names the app after `project` and `repo` (an undoable step, saved in the designer settings
    /// file). Returns why the names were refused, or an empty string.
    QString setIdentity(const QString &project, const QString &repo);
    /// Why `name` cannot be an env name here (empty when it can); `renaming` is the env being
    /// renamed, which the new name may equal in all but case. Add and Rename both ask this.
    QString envNameProblem(const QString &name, const QString &renaming = {}) const;
    bool moveEnv(const QString &env, int newIndex);
    bool addRegion(const QString &env, const QString &region);
    bool removeRegion(const QString &env, const QString &region);

    /// Saves (with `only`, just those paths); the undo stack is marked clean once nothing is left
    /// unsaved.
    Result<QStringList> save(bool overwriteExternalChanges = false, const QStringList &only = {});
    /// Reloads from disk; the undo history is dropped (it no longer applies).
    Result<bool> reload();

    /// The regions an env lists now, in file order (the fallback list when it lists none).
    QStringList regionsOf(const QString &env) const;
    static QStringList regionsIn(const RunwayDocument &document, const QString &env);

Q_SIGNALS:
    /// Sent first thing in the destructor, while the document still exists: views bound to this
    /// session drop themselves here.
    void closing();

private:
    /// Pushes a StructureCommand running `edit`; false when the edit refused.
    bool push(const QString &text, StructureCommand::Edit edit);

    std::unique_ptr<RunwayDocument> m_document;
    QUndoStack *m_undoStack;
};

} // namespace Fd
