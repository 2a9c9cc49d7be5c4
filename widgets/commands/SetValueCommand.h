// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/RunwayDocument.h"

#include <QUndoCommand>

#include <functional>

namespace Fd {

/// Sets, adds or removes (undefined value) one value of one runway file. Consecutive edits of the
/// same key from typing merge into one step, so undo takes back a whole word, not a letter. Undo
/// leaves the file as it was, without the objects the value was put into when they were new.
class SetValueCommand : public QUndoCommand
{
public:
    SetValueCommand(RunwayDocument *document, const FileId &file, const KeyPath &path,
                    const QJsonValue &value, const QString &text, bool mergeable = false);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const FileId &file() const { return m_file; }
    const KeyPath &path() const { return m_path; }

private:
    RunwayDocument *m_document;
    FileId m_file;
    KeyPath m_path;
    QJsonValue m_old;
    QJsonValue m_new;
    bool m_mergeable;
    /// The first object on `m_path` the file lacked, which setting the value creates: undo removes
    /// it again, so no empty object is left behind. Empty when every parent existed.
    KeyPath m_created;
};

/// Any change to the runway's structure (envs added, removed, renamed, reordered; regions added
/// or removed; several values at once). The first redo() runs `edit` on the document and keeps
/// snapshots of before and after (they share data); later undo/redo swap the snapshots. When
/// `edit` refuses (returns false) the command is obsolete and the stack drops it.
class StructureCommand : public QUndoCommand
{
public:
    using Edit = std::function<bool(RunwayDocument *)>;
    StructureCommand(RunwayDocument *document, Edit edit, const QString &text);

    void undo() override;
    void redo() override;
    /// Whether the edit was made (known after the first redo()).
    bool applied() const { return m_applied; }

private:
    RunwayDocument *m_document;
    Edit m_edit;
    RunwayDocument::Snapshot m_before;
    RunwayDocument::Snapshot m_after;
    bool m_done = false;
    bool m_applied = false;
};

/// Renames the application: the project and repo the pipelines are named after.
class IdentityCommand : public QUndoCommand
{
public:
    IdentityCommand(RunwayDocument *document, const Identity &identity, const QString &text);

    void undo() override;
    void redo() override;

private:
    RunwayDocument *m_document;
    Identity m_old;
    Identity m_new;
};

} // namespace Fd
