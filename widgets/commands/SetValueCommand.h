// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/RunwayDocument.h"

#include <QUndoCommand>

namespace Fd {

/// Sets, adds or removes (undefined value) one value of one runway file. Consecutive edits of the
/// same key from typing merge into one step, so undo takes back a whole word, not a letter.
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
};

/// Any change to the runway's structure (envs added, removed, renamed, reordered; regions added
/// or removed; several values at once): undo and redo swap whole snapshots, which share data.
class SnapshotCommand : public QUndoCommand
{
public:
    /// `before` is taken by the caller before it changed the document; the current document
    /// state is the "after" snapshot. The first redo() does nothing.
    SnapshotCommand(RunwayDocument *document, RunwayDocument::Snapshot before, const QString &text);

    void undo() override;
    void redo() override;

private:
    RunwayDocument *m_document;
    RunwayDocument::Snapshot m_before;
    RunwayDocument::Snapshot m_after;
    bool m_first = true;
};

} // namespace Fd
